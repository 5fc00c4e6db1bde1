"""Wrong: reports the number of ticked books (update() returns the rows it matched), not how many changed."""
class PublishingAdmin(admin.ModelAdmin):
    """Books, with the action mark_published."""
    actions = ["mark_published"]

    @admin.action(description="Mark as published")
    def mark_published(self, request, queryset):
        changed = queryset.update(published=True)
        self.message_user(request, f"{changed} books marked as published.")
