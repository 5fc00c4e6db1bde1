"""Wrong: @csrf_exempt "fixes" the 403 by removing the protection: a forged POST from another site now sends mail."""
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        SENT.append(form.cleaned_data)
        return redirect("/contact/thanks/")
    return HttpResponse(CONTACT_PAGE.render({"form": form}, request))
