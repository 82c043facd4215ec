using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SafeguardingPortal.BrowserTests;

/// <summary>axe-core in the browser against WCAG 2.2 AA (and the A and 2.0/2.1 rules it builds on).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => $"{n.Html}"))}");

        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
