"""Wrong: claims built-in type hints (5.0) and puts the tasks framework in 6.1; the rest is right."""
def introduced_in(feature):
    """Return the version that introduced feature, as a string like "4.0", or None if Django has none built in."""
    versions = {
        "async views": "3.1", "RedisCache": "4.0", "async ORM": "4.1", "async streaming": "4.2",
        "psycopg 3": "4.2", "db_default": "5.0", "GeneratedField": "5.0", "Signal.asend": "5.0",
        "querystring tag": "5.1", "CompositePrimaryKey": "5.2", "CSP": "6.0", "template partials": "6.0",
        "tasks": "6.1", "fetch modes": "6.1", "type hints": "5.0",
    }
    return versions.get(feature)
