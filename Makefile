# WellPath: `make run` serves the app on the embedded database; `make test` runs the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help
DOTNET ?= dotnet
CONFIGURATION ?= Debug
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1
HOST_DLL := src/Host/bin/$(CONFIGURATION)/net10.0/WellPath.Host.dll

.PHONY: help restore build run stop migrate test test-only db-start db-stop clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

restore: ## Restore NuGet and npm packages
	$(DOTNET) restore WellPath.sln

build: restore ## Build everything
	$(DOTNET) build WellPath.sln --no-restore -c $(CONFIGURATION) -v quiet -nologo

run: build ## Start the embedded database and the mail catcher (unless DATABASE_URL, WELLPATH_SMTP_URL are set), migrate, load demo data, serve on :5080
	@scripts/run.sh "$(HOST_DLL)"

stop: ## Stop what `make run` started
	@scripts/stop.sh

migrate: build ## Apply pending migrations (embedded database unless DATABASE_URL is set) and exit
	@scripts/run.sh "$(HOST_DLL)" migrate

test: build ## The whole suite: test database, Chromium, every test project; ends with "N passed, N failed"
	@scripts/test.sh

db-start: ## Start the embedded development database only
	@scripts/pg.sh dev start

db-stop: ## Stop the embedded development database
	@scripts/pg.sh dev stop

clean: ## Remove build output (keeps .data, the embedded database)
	$(DOTNET) clean WellPath.sln -v quiet -nologo
