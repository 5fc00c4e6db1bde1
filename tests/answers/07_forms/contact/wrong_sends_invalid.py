"""Wrong: appends the POST itself before validating it, so an invalid message (and every field the client adds) is sent."""
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    if request.method == "POST":
        SENT.append({"email": request.POST.get("email"), "message": request.POST.get("message")})
        form = ContactForm(request.POST)
        if form.is_valid():
            return redirect("/contact/thanks/")
    else:
        form = ContactForm()
    return HttpResponse(CONTACT_PAGE.render({"form": form}, request))
