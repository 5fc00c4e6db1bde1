"""Wrong (the anti-pattern for a bulk action): one save() and one UPDATE per ticked book."""
class PublishingAdmin(admin.ModelAdmin):
    """Books, with the action mark_published."""
    actions = ["mark_published"]

    @admin.action(description="Mark as published")
    def mark_published(self, request, queryset):
        changed = 0
        for book in queryset:
            if not book.published:
                changed += 1
            book.published = True
            book.save()
        self.message_user(request, f"{changed} books marked as published.")
