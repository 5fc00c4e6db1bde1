"""Wrong: FieldFile.delete() saves the instance by default (save=True); in post_delete that INSERTs the deleted row again."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_files")
def delete_attachment_file(sender, instance, **kwargs):
    """Remove a deleted attachment's file."""
    instance.file.delete()
