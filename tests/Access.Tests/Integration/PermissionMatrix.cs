using System.Net.Http.Json;

namespace WellPath.Access.Tests.Integration;

/// <summary>
/// Every endpoint of the app against every caller, with the status each must get. A new endpoint must add its row:
/// <see cref="PermissionMatrixTests.Every_endpoint_has_a_row_in_the_matrix"/> fails until it does.
/// </summary>
internal static class PermissionMatrix
{
    private const string UnknownSecret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    public static readonly string[] Callers = ["anonymous", "admin", "operations", "clinic_manager", "reception", "practitioner", "customer"];

    public static readonly Row[] Rows =
    [
        // Public pages and probes.
        Row.Same("GET", "/", "/", 200),
        Row.Same("GET", "/system-status", "/system-status", 200),
        Row.Same("GET", "/health/live", "/health/live", 200),
        Row.Same("GET", "/health/ready", "/health/ready", 200),
        Row.Same("GET", "/openapi/{documentName}.json", "/openapi/v1.json", 200),
        Row.Same("GET", "/sign-in", "/sign-in", 200),
        // Form posts without the antiforgery field are refused for everyone.
        Row.Same("POST", "/sign-in", "/sign-in", 400, Form),
        Row.Same("POST", "/sign-out", "/sign-out", 400, Form),
        new("GET", "/account", "/account", null, Expect(anonymous: 302, staff: 200)),
        Row.Same("GET", "/password-reset", "/password-reset", 200),
        Row.Same("POST", "/password-reset", "/password-reset", 400, Form),
        Row.Same("GET", "/password-reset/{secret}", $"/password-reset/{UnknownSecret}", 410),
        Row.Same("POST", "/password-reset/{secret}", $"/password-reset/{UnknownSecret}", 400, Form),
        Row.Same("GET", "/account/customer-link", "/account/customer-link", 200),
        Row.Same("POST", "/account/customer-link", "/account/customer-link", 400, Form),
        Row.Same("GET", "/account/customer-link/{secret}", $"/account/customer-link/{UnknownSecret}", 410),
        Row.Same("POST", "/account/customer-link/{secret}", $"/account/customer-link/{UnknownSecret}", 400, Form),
        // Access administration: admin only.
        new("POST", "/api/v1/staff", "/api/v1/staff", NewStaff, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("POST", "/api/v1/tokens", "/api/v1/tokens", NewTokenForUnknownStaff, Expect(anonymous: 401, admin: 422, staff: 403)),
        new("DELETE", "/api/v1/tokens/{id:guid}", $"/api/v1/tokens/{Guid.NewGuid()}", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("GET", "/api/v1/tokens", "/api/v1/tokens", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        new("GET", "/api/v1/staff", "/api/v1/staff", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        new("GET", "/api/v1/staff/{id:guid}", $"/api/v1/staff/{Guid.NewGuid()}", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("PATCH", "/api/v1/staff/{id:guid}", $"/api/v1/staff/{Guid.NewGuid()}", RoleChange, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("POST", "/api/v1/staff/{id:guid}/deactivate", $"/api/v1/staff/{Guid.NewGuid()}/deactivate", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("POST", "/api/v1/staff/{id:guid}/reactivate", $"/api/v1/staff/{Guid.NewGuid()}/reactivate", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("GET", "/api/v1/audit-events", "/api/v1/audit-events", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        // Admin pages: anonymous callers are sent to sign in, other roles are refused; posts without the antiforgery field fail.
        new("GET", "/admin/staff", "/admin/staff", null, Expect(anonymous: 302, admin: 200, staff: 403)),
        new("POST", "/admin/staff", "/admin/staff", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/staff/{id:guid}", $"/admin/staff/{Guid.NewGuid()}", null, Expect(anonymous: 302, admin: 404, staff: 403)),
        new("POST", "/admin/staff/{id:guid}", $"/admin/staff/{Guid.NewGuid()}", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/staff/{id:guid}/deactivate", $"/admin/staff/{Guid.NewGuid()}/deactivate", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/staff/{id:guid}/reactivate", $"/admin/staff/{Guid.NewGuid()}/reactivate", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/tokens", "/admin/tokens", null, Expect(anonymous: 302, admin: 200, staff: 403)),
        new("POST", "/admin/tokens", "/admin/tokens", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/tokens/{id:guid}/revoke", $"/admin/tokens/{Guid.NewGuid()}/revoke", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/audit", "/admin/audit", null, Expect(anonymous: 302, admin: 200, staff: 403)),
    ];

    private static HttpContent NewStaff() => JsonContent.Create(new
    {
        email = $"matrix-{Guid.NewGuid():N}@clinic.test", name = "Matrix", role = "operations", locationIds = Array.Empty<Guid>(),
    });

    private static HttpContent RoleChange() => JsonContent.Create(new { role = "operations" });

    private static HttpContent NewTokenForUnknownStaff() => JsonContent.Create(new { name = "matrix", staffId = Guid.NewGuid() });

    private static HttpContent Form() => new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "y" });

    /// <summary><paramref name="staff"/> is what every signed-in caller but the admin gets, unless <paramref name="customer"/> says otherwise.</summary>
    private static Dictionary<string, int> Expect(int anonymous, int staff, int? admin = null, int? customer = null) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => anonymous,
            "admin" => admin ?? staff,
            "customer" => customer ?? staff,
            _ => staff,
        });

    public sealed record Row(string Method, string Pattern, string Path, Func<HttpContent>? Body, IReadOnlyDictionary<string, int> Expected)
    {
        public string Key => $"{Method} {Pattern}";

        public static Row Same(string method, string pattern, string path, int status, Func<HttpContent>? body = null) =>
            new(method, pattern, path, body, Callers.ToDictionary(c => c, _ => status));
    }
}
