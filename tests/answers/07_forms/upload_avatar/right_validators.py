"""Right, differently: the size is a validator on the field, the format is read from content_type (which ImageField has replaced with Pillow's finding), and the method check is written out."""
from django.core.files.storage import default_storage
from django.http import HttpResponseNotAllowed

AVATAR_MAX_BYTES = 64 * 1024


def at_most_64_kb(upload):
    if upload.size > AVATAR_MAX_BYTES:
        raise ValidationError("An avatar is at most 64 KB.", code="too_big")


class AvatarForm(forms.Form):
    avatar = forms.ImageField(validators=[at_most_64_kb])

    def clean_avatar(self):
        avatar = self.cleaned_data["avatar"]
        if avatar.content_type not in ("image/png", "image/jpeg"):  # set by ImageField from Pillow's format
            raise ValidationError("Upload a PNG or JPEG image.", code="image_format")
        return avatar


def upload_avatar(request):
    """Store a PNG or JPEG avatar of at most 64 KB: 201 with its stored name, else 400 with the errors."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AvatarForm(data=request.POST, files=request.FILES)
    if form.is_valid():
        stored = default_storage.save("avatars/" + form.cleaned_data["avatar"].name, form.cleaned_data["avatar"])
        return JsonResponse({"name": stored}, status=201)
    return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
