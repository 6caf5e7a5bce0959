"""The month grid."""
