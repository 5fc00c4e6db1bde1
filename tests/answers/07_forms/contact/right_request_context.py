"""Right, differently: renders the compiled template with a RequestContext (what render() builds), binds the form only for a POST, and copies cleaned_data."""
from django.template import RequestContext


def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    form = ContactForm(data=request.POST) if request.method == "POST" else ContactForm()
    if form.is_bound and form.is_valid():
        SENT.append(dict(form.cleaned_data))
        return redirect("/contact/thanks/", permanent=False)
    return HttpResponse(CONTACT_PAGE.template.render(RequestContext(request, {"form": form})))
