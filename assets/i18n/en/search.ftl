# Search at home, and Topics on a kiosk (no typing: a button per topic).

search-topics-title = Topics
search-topics-intro = Choose a topic to see where this app talks about it.
# A topic button's spoken name; $topic is the pack's topic.
search-topic-spoken = Topic: { $topic }

search-title = Search
search-hint = Type a word, like privacy, cost or trauma
search-box-spoken = Search
search-help = Search looks through the cards, the comparison, the approaches and the guides. Small typos and British spellings are fine.

# The line above the results; $query is what was typed.
search-none = Nothing found for “{ $query }”. Try another word, or a shorter one.
# Under "Nothing found", before the pack's topics.
search-none-topics = Or choose one of these topics:
search-results = { $count ->
    [one] 1 result
   *[other] { $count } results
} for “{ $query }”
# When there are more results than are shown.
search-results-best = The best { $count } results for “{ $query }”

# What kind of thing a result is, shown on it…
search-kind-card = Card
search-kind-comparison = Comparison
search-kind-approach = Approach
search-kind-page = Guide
search-kind-clinic = At this clinic
# …and its spoken name; $title is the result's title.
search-open-card-spoken = Open card: { $title }
search-open-comparison-spoken = Open comparison: { $title }
search-open-approach-spoken = Open approach: { $title }
search-open-page-spoken = Open guide: { $title }
search-open-clinic-spoken = Open at this clinic: { $title }
