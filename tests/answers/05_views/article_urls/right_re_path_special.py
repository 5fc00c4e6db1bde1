"""Right: the special case as re_path() (it captures nothing), the rest as path(), listed in another order that
still works: the month before the slug, 2003/ before <int:year>/."""
from django.urls import re_path

article_urls = [
    re_path(r"^2003/$", special_2003, name="special"),
    path("<int:year>/<int:month>/", month_archive, name="month"),
    path("<int:year>/<slug:slug>/", article_detail, name="detail"),
    path("<int:year>/", year_archive, name="year"),
]
