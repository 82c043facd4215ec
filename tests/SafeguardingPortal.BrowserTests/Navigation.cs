using Microsoft.Playwright;

namespace SafeguardingPortal.BrowserTests;

public static class Navigation
{
    /// <summary>
    /// Clicks a link or button and waits for the page it leads to to finish loading, so a check such as axe
    /// never runs on a page still being parsed (it once found no main landmark on a half-loaded report step).
    /// </summary>
    public static async Task ClickAndWaitForLoadAsync(this ILocator locator)
    {
        var loaded = new TaskCompletionSource();
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        locator.Page.Load += OnLoad;
        try
        {
            await locator.ClickAsync();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            locator.Page.Load -= OnLoad;
        }
    }
}
