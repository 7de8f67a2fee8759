# Approaches: the list and each approach's page.

approaches-title = Enfoques
approaches-open-spoken = Abrir enfoque: { $title }
# How an approach is usually offered.
approaches-offered-both = Se ofrece de forma individual y en grupo
approaches-offered-one-to-one = Suele ofrecerse de forma individual
approaches-offered-group = Suele ofrecerse en grupo
