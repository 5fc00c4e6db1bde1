"""Wrong: updates the model's whole table instead of the ticked rows."""
class PublishingAdmin(admin.ModelAdmin):
    """Books, with the action mark_published."""
    actions = ["mark_published"]

    @admin.action(description="Mark as published")
    def mark_published(self, request, queryset):
        changed = queryset.filter(published=False).count()
        Book.objects.update(published=True)
        self.message_user(request, f"{changed} books marked as published.")
