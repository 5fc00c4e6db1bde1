"""Wrong: renders the page without the request, so {% csrf_token %} outputs nothing: a real browser's POST gets 403 and nobody can send a message."""
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        SENT.append(form.cleaned_data)
        return redirect("/contact/thanks/")
    return HttpResponse(CONTACT_PAGE.render({"form": form}))
