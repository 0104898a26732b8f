using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WellPath.SharedKernel.Validation;

public static class ValidationExtensions
{
    public static TBuilder Validate<TRequest, TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ValidationFilter<TRequest>>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) =>
        builder.Validate<TRequest, RouteHandlerBuilder>();

    /// <summary>Field names in camelCase paths (<c>customer.email</c>, <c>locationIds[0]</c>), as the API spells them.</summary>
    public static Dictionary<string, string[]> ToFieldErrors(this ValidationResult result) =>
        result.Errors
            .GroupBy(e => CamelPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    private static string CamelPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
