"""Wrong: connected without sender=Attachment, so it runs for every deleted object, and a Folder has no file attribute (AttributeError)."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


def delete_attachment_file(sender, instance, **kwargs):
    """Remove a deleted attachment's file."""
    instance.file.delete(save=False)


post_delete.connect(delete_attachment_file, dispatch_uid="attachment_files")
