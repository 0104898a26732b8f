using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Problems;

namespace WellPath.SharedKernel.Validation;

/// <summary>Runs the FluentValidation validator of the request body and answers 422 with field errors.</summary>
internal sealed class ValidationFilter<TRequest> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return ApiProblems.Invalid("body", "A request body is required.");
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            return ApiProblems.Invalid(result.ToFieldErrors());
        }
        return await next(context);
    }
}
