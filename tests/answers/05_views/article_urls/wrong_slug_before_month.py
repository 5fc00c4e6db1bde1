"""Puts <slug:slug> before <int:month>: digits are a valid slug, so /articles/2024/5/ reaches article_detail."""
article_urls = [
    path("2003/", special_2003, name="special"),
    path("<int:year>/", year_archive, name="year"),
    path("<int:year>/<slug:slug>/", article_detail, name="detail"),
    path("<int:year>/<int:month>/", month_archive, name="month"),
]
