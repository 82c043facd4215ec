using System.Data.Common;

namespace SafeguardingPortal.Data;

/// <summary>
/// Whether a failure is the database being out of reach for a moment (restarting, failing over, its connections
/// cut): a wait rather than a fault, answered 503 with Retry-After so that people and API clients send again.
/// </summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
