"""Right: the year's patterns nested under one <int:year>/ prefix with include(); the special case still comes first,
and the month still comes before the slug."""
from django.urls import include

article_urls = [
    path("2003/", special_2003, name="special"),
    path("<int:year>/", include([
        path("", year_archive, name="year"),
        path("<int:month>/", month_archive, name="month"),
        path("<slug:slug>/", article_detail, name="detail"),
    ])),
]
