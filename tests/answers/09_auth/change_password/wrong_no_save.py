"""Wrong: set_password() only changes the object in memory; without save() the database keeps the old hash and nothing changes."""
from django.contrib.auth import update_session_auth_hash


def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    user = request.user
    if not user.check_password(request.POST.get("old", "")):
        return HttpResponse("the old password is wrong", status=400)
    user.set_password(request.POST["new"])
    update_session_auth_hash(request, user)
    return HttpResponse("password changed")
