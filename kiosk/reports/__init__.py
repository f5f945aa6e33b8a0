"""Reports of the hall: figures from tickets and surveys, written as CSV and PDF."""
