using System.Net;
using System.Text.Json;

namespace WellPath.Catalog.Tests.Integration;

internal static class Problems
{
    /// <summary>Asserts a 422 whose <c>errors</c> name every one of <paramref name="fields"/>.</summary>
    public static async Task AssertInvalidAsync(HttpResponseMessage response, params string[] fields)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"expected 422, got {(int)response.StatusCode}: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {errors}");
        }
    }

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
}
