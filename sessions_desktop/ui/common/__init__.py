"""Small pieces every part of the window shares: palette colours, swatches, date texts, the icon."""
