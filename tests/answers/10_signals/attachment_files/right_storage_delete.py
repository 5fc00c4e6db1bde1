"""Right, differently: asks the field's storage to delete the file by name (no FieldFile.delete(), so nothing can save the row again)."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_files")
def delete_attachment_file(sender, instance, **kwargs):
    """Remove the file of a deleted attachment, if it has one."""
    if instance.file.name:
        instance.file.storage.delete(instance.file.name)
