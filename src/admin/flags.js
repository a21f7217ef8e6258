// Read by Decap CMS as it loads: setup.js starts it, after registering the previews and the local backend.
window.CMS_MANUAL_INIT = true;
