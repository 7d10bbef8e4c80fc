-- The withholding review (withholding.WithheldItems) lists, for the people of a team, each star reading, wellbeing
-- reading, Cycle of Change issue, complaint, welfare benefit and accommodation episode withheld from the person.
-- Without these, PostgreSQL read each of those tables whole to find the few withheld rows (41,000 star readings at
-- national scale, about 5 of the page statement's 15 ms, and growing with every reading); with them it reads only
-- the withheld ones (docs/performance.md, sixteenth session). As V123 did for contact notes.
create index star_reading_withheld_idx on star_reading (service_user_id) where withheld;
create index wellbeing_reading_withheld_idx on wellbeing_reading (service_user_id) where withheld;
create index cycle_issue_withheld_idx on cycle_issue (service_user_id) where withheld;
create index complaint_withheld_idx on complaint (service_user_id) where withheld;
create index welfare_benefit_withheld_idx on welfare_benefit (service_user_id) where withheld;
create index accommodation_episode_withheld_idx on accommodation_episode (service_user_id) where withheld;
