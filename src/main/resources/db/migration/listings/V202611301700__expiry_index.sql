-- The hourly expiry job and the daily reminders look for published listings by their last day: without
-- this index each run read every listing, and at hundreds of thousands it held up the pages read meanwhile.
create index listings_listing_expiry_ix on listings_listing (state, expires_on);
