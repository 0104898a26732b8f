using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellPath.SharedKernel.Auth;
using WellPath.SharedKernel.Problems;
using WellPath.SharedKernel.Validation;

namespace WellPath.SharedKernel.Tests.Integration;

/// <summary>The kernel's request pipeline on a bare app: the error answers every module's endpoints share.</summary>
public sealed class ApiPipelineTests : IAsyncLifetime
{
    private const string AdminToken = "pipeline-admin-token";
    private WebApplication app = default!;
    private HttpClient client = default!;

    public sealed record ThingRequest(string Name, int Minutes);

    internal sealed class ThingRequestValidator : AbstractValidator<ThingRequest>
    {
        public ThingRequestValidator()
        {
            RuleFor(r => r.Name).NotEmpty().MaximumLength(10);
            RuleFor(r => r.Minutes).InclusiveBetween(5, 480);
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["WELLPATH_BOOTSTRAP_ADMIN_TOKEN"] = AdminToken });
        builder.Services.AddWellPathProblemDetails();
        builder.Services.AddWellPathAuth(builder.Configuration);
        builder.Services.AddSingleton<IValidator<ThingRequest>, ThingRequestValidator>();
        builder.Services.Configure<RateLimiterOptions>(o => o.AddFixedWindowLimiter("tight", w =>
        {
            w.PermitLimit = 2;
            w.Window = TimeSpan.FromMinutes(1);
            w.QueueLimit = 0;
        }));

        app = builder.Build();
        app.UseWellPathProblemDetails();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/things", (ThingRequest request) => TypedResults.Created($"/things/1", request)).Validate<ThingRequest>();
        app.MapGet("/boom", string () => throw new InvalidOperationException("secret internal detail"));
        app.MapGet("/limited", () => "ok").RequireRateLimiting("tight");
        app.MapGet("/api/admin-only", () => "ok").RequireAuthorization(Policies.Admin);
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Malformed_json_answers_400_problem_details()
    {
        var response = await client.PostAsync("/things", Json("{\"name\": \"x\", "));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invalid_fields_answer_422_with_errors_per_field()
    {
        var response = await client.PostAsync("/things", Json("""{"name": "far too long a name", "minutes": 7000}"""));

        using var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("minutes", out _));
    }

    [Fact]
    public async Task A_valid_body_passes_validation()
    {
        var response = await client.PostAsync("/things", Json("""{"name": "ok", "minutes": 30}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_unhandled_error_answers_500_without_the_exception()
    {
        var response = await client.GetAsync("/boom");

        var body = await response.Content.ReadAsStringAsync();
        using var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task Going_over_a_rate_limit_answers_429_problem_details()
    {
        HttpResponseMessage last = default!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.GetAsync("/limited");
        }

        await AssertProblemAsync(last, HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-token", HttpStatusCode.Unauthorized)]
    [InlineData(AdminToken, HttpStatusCode.OK)]
    public async Task The_bootstrap_admin_token_is_the_only_accepted_bearer_token(string? token, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin-only");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        return document;
    }
}
