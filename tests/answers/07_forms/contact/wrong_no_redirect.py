"""Wrong: answers a successful POST with a 200 page, so reloading it posts the form again and sends the message twice (no Post/Redirect/Get)."""
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        SENT.append(form.cleaned_data)
        return HttpResponse("Thanks, your message was sent.")
    return HttpResponse(CONTACT_PAGE.render({"form": form}, request))
