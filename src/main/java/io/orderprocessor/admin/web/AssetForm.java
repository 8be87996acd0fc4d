package io.orderprocessor.admin.web;

/** An asset's editable fields as typed. */
record AssetForm(String name, String category, String description) {
}
