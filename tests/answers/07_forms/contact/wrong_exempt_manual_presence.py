"""Wrong: @csrf_exempt and a home-made check that a cookie and a token are present, not that they match: a POST with any token passes, so the protection is gone."""
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def contact(request):
    """Show the contact form; send a valid one (append to SENT) and redirect to /contact/thanks/."""
    if request.method == "POST":
        token = request.POST.get("csrfmiddlewaretoken") or request.headers.get("X-CSRFToken")
        if "csrftoken" not in request.COOKIES or not token:
            return HttpResponse("Forbidden", status=403)
        form = ContactForm(request.POST)
        if form.is_valid():
            SENT.append(form.cleaned_data)
            return redirect("/contact/thanks/")
    else:
        form = ContactForm()
    return HttpResponse(CONTACT_PAGE.render({"form": form}, request))
