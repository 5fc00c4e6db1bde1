"""Wrong: on_delete=DB_CASCADE (6.1) lets the database delete a folder's attachments, which sends no delete signals, so their files stay."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.DB_CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_files")
def delete_attachment_file(sender, instance, **kwargs):
    """Remove a deleted attachment's file (save=False: the row is gone, do not save it again)."""
    instance.file.delete(save=False)
