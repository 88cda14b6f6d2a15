"""Views of extracted records: a metric over time as a chart (chart, series) and a release with its records highlighted."""
