"""Write records: JSON Lines, JSON, a rich table for people, and the exports."""
