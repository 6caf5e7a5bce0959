"""The time grid: week, work-week and day views with their header, tiles and quick create."""
