"""Wrong: changes and saves the password but does not call update_session_auth_hash(), so the session that made the change is logged out with all the others."""
def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    user = request.user
    if not user.check_password(request.POST.get("old", "")):
        return HttpResponse("the old password is wrong", status=400)
    user.set_password(request.POST["new"])
    user.save()
    return HttpResponse("password changed")
