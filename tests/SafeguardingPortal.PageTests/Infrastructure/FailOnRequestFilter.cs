using Microsoft.AspNetCore.Mvc.Filters;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>Lets a test provoke an unhandled exception in a real page (header <c>X-Test-Fail</c>), to see the 500 page.</summary>
public sealed class FailOnRequestFilter : IPageFilter
{
    public const string Header = "X-Test-Fail";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HttpContext.Request.Headers.ContainsKey(Header) && !context.HttpContext.Request.Path.StartsWithSegments("/error"))
        {
            throw new InvalidOperationException("Failure requested by a test.");
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
