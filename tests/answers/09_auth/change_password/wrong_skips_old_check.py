"""Wrong: never checks the old password, so anyone who reaches a logged-in browser (or a stolen session) can change it."""
from django.contrib.auth import update_session_auth_hash


def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    user = request.user
    user.set_password(request.POST["new"])
    user.save()
    update_session_auth_hash(request, user)
    return HttpResponse("password changed")
