"""`distill report`: one report model built from the database, rendered four ways.

`model.build_report(factory, threshold=70)` runs the SQL aggregates of `queries` and returns a
`Report`; `tables` turns it into titled string tables that `terminal`, `markdown` and `html`
lay out (the HTML with inline `svg` charts); `json_report` dumps the model whole; `output`
picks the format and writes files atomically.
"""
