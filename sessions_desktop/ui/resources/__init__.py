"""Staff and rooms side by side: the resource day view (a column each), the resource week (a
row each) and the order of their columns."""
