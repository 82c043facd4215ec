using Microsoft.AspNetCore.Authorization;

namespace SafeguardingPortal.Features.Training.Records;

public static class RecordsServices
{
    public static IServiceCollection AddTrainingRecords(this IServiceCollection services)
    {
        services.AddScoped<TrainingRecords>();

        // Scoped, not singleton like the other handlers: it asks the request's database whether anyone reports to the user.
        services.AddScoped<IAuthorizationHandler, LineManagerHandler>();
        return services;
    }
}
