"""Right, differently: passes the token into a plain context with get_token(request) (which also sets the cookie), and redirects with 303 See Other."""
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token


def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            SENT.append(form.cleaned_data)
            return HttpResponseRedirect("/contact/thanks/", status=303)
    else:
        form = ContactForm()
    return HttpResponse(CONTACT_PAGE.render({"form": form, "csrf_token": get_token(request)}))
