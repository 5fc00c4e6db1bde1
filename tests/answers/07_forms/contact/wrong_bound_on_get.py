"""Wrong: binds the form to request.POST for a GET too; an empty QueryDict still makes a bound form, so the first visit shows "This field is required." on every field."""
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    form = ContactForm(request.POST)
    if request.method == "POST" and form.is_valid():
        SENT.append(form.cleaned_data)
        return redirect("/contact/thanks/")
    return HttpResponse(CONTACT_PAGE.render({"form": form}, request))
