namespace SafeguardingPortal.Features.Training;

/// <summary>Draws the questions of one attempt at a knowledge check. Pure: the caller passes the randomness in.</summary>
public static class QuizDraw
{
    /// <summary>
    /// <paramref name="count"/> distinct questions at random. Questions in <paramref name="previous"/> (the last
    /// attempt's draw) are drawn only once the others run out, so a re-attempt is a fresh set, not a memory test.
    /// </summary>
    public static IReadOnlyList<Question> Draw(IReadOnlyList<Question> bank, int count, Random random, IReadOnlySet<string>? previous = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, bank.Count);
        var seen = previous ?? new HashSet<string>();
        var unseen = Shuffle(bank.Where(q => !seen.Contains(q.Id)), random);
        var again = Shuffle(bank.Where(q => seen.Contains(q.Id)), random);
        return [.. unseen.Concat(again).Take(count)];
    }

    private static List<Question> Shuffle(IEnumerable<Question> questions, Random random)
    {
        var list = questions.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
