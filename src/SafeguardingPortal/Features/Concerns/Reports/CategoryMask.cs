using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Reports;

/// <summary>
/// The kinds of abuse ticked anywhere in a report, as one bit per <see cref="Category"/>: a plain column the
/// dashboard can count without decrypting the answers. It says nothing about who the people are.
/// </summary>
public static class CategoryMask
{
    public static int Of(IEnumerable<Category> categories) => categories.Aggregate(0, (mask, category) => mask | Bit(category));

    public static bool Has(int mask, Category category) => (mask & Bit(category)) != 0;

    private static int Bit(Category category) => 1 << (int)category;
}
