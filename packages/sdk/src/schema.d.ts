// Generated from openapi.json by packages/sdk/scripts/generate.ts (`npm run openapi`). Do not edit.

export interface paths {
    "/admin/api/v2/hrdatasync/employee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an employee file (Workstars path)
         * @description Workstars HR Data Sync alias: an existing upload script (Basic auth with user `api-key` and the token as password) works unchanged.
         *
         *     Body: `application/xml`, `text/csv`, `application/json` or `multipart/form-data` (one part named `file`), at most 50 MB. Answers 202 with the file record; processing happens in the background: poll GET /sync/v1/files/{id} for status and progress.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["Workstars_uploadEmployees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/v2/hrdatasync/employees.xsd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * XSD of the employee file (Workstars path)
         * @description No key needed.
         */
        get: operations["Workstars_employeesXsd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/v2/hrdatasync/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a position file (Workstars path)
         * @description Workstars HR Data Sync alias: an existing upload script (Basic auth with user `api-key` and the token as password) works unchanged.
         *
         *     Body: `application/xml`, `text/csv`, `application/json` or `multipart/form-data` (one part named `file`), at most 50 MB. Answers 202 with the file record; processing happens in the background: poll GET /sync/v1/files/{id} for status and progress.
         *
         *     Employee files waiting at the same time are processed first.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["Workstars_uploadPositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/v2/hrdatasync/positions.xsd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * XSD of the position file (Workstars path)
         * @description No key needed.
         */
        get: operations["Workstars_positionsXsd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a company
         * @description Requires scope `core:write`.
         */
        put: operations["Company_updateById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `slug`, `createdAt`, `updatedAt`, `id`; ties break on `id`. Values are read and written in each employee’s `customFields`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["CustomFields_list"];
        put?: never;
        /**
         * Create a custom field
         * @description Without `slug`, one is derived from the name (`cf_…`, with `_2`, `_3` … when taken). A slug already in use is a 409. Set values with `customFields: [{id, value}]` on employee create/update.
         *
         *     Requires scope `core:write`.
         */
        post: operations["CustomFields_createField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom field (extension)
         * @description Requires scope `core:read`.
         */
        get: operations["CustomFields_getById"];
        /**
         * Update a custom field
         * @description Renames the field and optionally changes its slug (409 when taken). The type cannot change.
         *
         *     Requires scope `core:write`.
         */
        put: operations["CustomFields_updateFieldById"];
        post?: never;
        /**
         * Delete a custom field
         * @description Also deletes every employee’s value of the field; those employees emit employee.updated (changes: customFields). 409 while HR data sync owns the field (`cf_employee_type`, which the feed fills, while sync is enabled and `employeeType` is not a manual field).
         *
         *     Requires scope `core:write`.
         */
        delete: operations["CustomFields_deleteField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Departments_list"];
        put?: never;
        /**
         * Create a department
         * @description An unknown `parentId` (or one of another company) is a 404.
         *
         *     Requires scope `core:write`.
         */
        post: operations["Departments_createNewDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department (extension)
         * @description Requires scope `core:read`.
         */
        get: operations["Departments_getById"];
        /**
         * Update a department
         * @description `parentId` not sent keeps the parent. Making a department its own parent, or the child of one of its sub-departments, is a 422.
         *
         *     Requires scope `core:write`.
         */
        put: operations["Departments_updateById"];
        post?: never;
        /**
         * Delete a department
         * @description Sub-departments move up to the deleted department’s parent. A department with employees is a 409 unless `reassignTo` names the department they move to (in the same transaction).
         *
         *     Requires scope `core:write`.
         */
        delete: operations["Departments_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employee-department-assignations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employee department assignation
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`, `employeeId`, `departmentId`, `id`; ties break on `id`. The employee’s sensitive fields are omitted unless the key holds personal:read / compensation:read, as in the employees API.
         *
         *     Requires scope `core:read`.
         */
        get: operations["EmployeeDepartmentAssignations_list"];
        put?: never;
        /**
         * Assign an employee to a department
         * @description An unknown employee or department is a 404; an employee already in the department is a 409, as is any assignment while HR data sync is enabled and its file carries departments. The employee’s sensitive fields are omitted unless the key holds personal:read / compensation:read, as in the employees API.
         *
         *     Requires scope `core:write`.
         */
        post: operations["EmployeeDepartmentAssignations_assignDepartmentToEmployee"];
        /**
         * Unassign employee from department
         * @description The pair is sent in the JSON body, as Sesame does. No such assignation is a 404; while HR data sync is enabled and its file carries departments, a 409 (the file decides).
         *
         *     Requires scope `core:write`.
         */
        delete: operations["EmployeeDepartmentAssignations_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employee-managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employee managers
         * @description Sorted by `createdAt asc, order asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`, `permission`, `order`, `employeeId`, `managerId`, `id`; ties break on `id`. `permission` takes one value; `permission[in]` several. Embedded employees omit sensitive fields unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:read`.
         */
        get: operations["EmployeeManagers_list"];
        put?: never;
        /**
         * Assign an employee manager
         * @description One manager per employee, permission and order. A taken slot, or the same manager in both slots, is a 409; an unknown employee or manager is a 404; an employee as their own manager, an inactive manager, or a loop (the employee already manages the manager for this permission) is a 422. Embedded employees omit sensitive fields unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:write`.
         */
        post: operations["EmployeeManagers_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employee-managers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an employee manager (extension)
         * @description Embedded employees omit sensitive fields unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:read`.
         */
        get: operations["EmployeeManagers_getById"];
        put?: never;
        post?: never;
        /**
         * Delete an employee manager
         * @description Requires scope `core:write`.
         */
        delete: operations["EmployeeManagers_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employee-office-assignations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employee office assignation
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`, `employeeId`, `officeId`, `id`; ties break on `id`. The employee’s sensitive fields are omitted unless the key holds personal:read / compensation:read, as in the employees API.
         *
         *     Requires scope `core:read`.
         */
        get: operations["EmployeeOfficeAssignations_listAssignations"];
        put?: never;
        /**
         * Assign an employee to an office
         * @description An unknown employee or office is a 404; an employee already in the office is a 409, as is any assignment while HR data sync is enabled and its file carries offices. The employee’s sensitive fields are omitted unless the key holds personal:read / compensation:read, as in the employees API.
         *
         *     Requires scope `core:write`.
         */
        post: operations["EmployeeOfficeAssignations_assignEmployeeToOffice"];
        /**
         * Unassign employee from office
         * @description The pair is sent in the JSON body, as Sesame does. No such assignation is a 404; while HR data sync is enabled and its file carries offices, a 409 (the file decides).
         *
         *     Requires scope `core:write`.
         */
        delete: operations["EmployeeOfficeAssignations_unassignEmployee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employee-profiles/organization-chart-managers/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organization chart manager by employee id
         * @description The employee’s line manager in the organisation chart (the employee’s `managerId`); `manager` is null when there is none. Embedded employees omit sensitive fields unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:read`.
         */
        get: operations["OrganizationChartManagers_getByEmployeeId"];
        /**
         * Update organization chart manager by employee id
         * @description `managerId: null` removes the manager. An unknown manager is a 404; the employee themself, an inactive manager, or someone who reports to the employee (directly or indirectly) is a 422. Emits employee.updated with `managerId` in `changes`.
         *
         *     Requires scope `core:write`.
         */
        put: operations["OrganizationChartManagers_updateByEmployeeId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List employees
         * @description Filters combine with AND. Deleted employees are listed only with `onlyReturn=deleted|all`. Sorted by `lastName asc, firstName asc` unless `orderBy` says otherwise. Sortable fields: `firstName`, `lastName`, `email`, `code`, `createdAt`, `updatedAt`, `startDate`, `status`, `id`; ties break on `id`. Sensitive fields (nid, ssn, dateOfBirth, address, bic, accountNumber, pricePerHour, salaryRange) are omitted unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Employees_list"];
        put?: never;
        /**
         * Create an employee
         * @description Unique per company: externalId, code, and email among active employees (409). `departmentId` / `officeId` also assign the employee. Writing sensitive fields needs personal:write / compensation:write (403).
         *
         *     Requires scope `core:write`.
         */
        post: operations["Employees_createNewEmployee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an employee
         * @description Sensitive fields (nid, ssn, dateOfBirth, address, bic, accountNumber, pricePerHour, salaryRange) are omitted unless the key holds personal:read / compensation:read.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Employees_getById"];
        /**
         * Update an employee
         * @description Fields sent replace their values; fields not sent keep theirs. Changing status to inactive terminates the employee today (one whose start date is still ahead becomes inactive without a termination date); back to active reactivates. Changing sensitive fields needs personal:write / compensation:write (403); sending back the value a field has is allowed to a key that may read it. Answers the new ETag; honours If-Match.
         *
         *     Requires scope `core:write`.
         */
        put: operations["Employees_updateById"];
        post?: never;
        /**
         * Delete an employee
         * @description Erases the employee’s personal data (GDPR) and removes their assignments; the id stays reserved for history and the employee disappears from the API. To end employment, use terminate instead.
         *
         *     Requires scope `core:write`.
         */
        delete: operations["Employees_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employees/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a terminated employee (extension)
         * @description Sets status active and clears the termination; emits employee.reactivated. 409 if already active or the email is taken by another active employee.
         *
         *     Requires scope `core:write`.
         */
        post: operations["Employees_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/employees/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate an employee (extension)
         * @description Sets status inactive, the termination date (today by default) and reason; emits employee.terminated. The body may be omitted (today, no reason). 409 if already inactive; a date before the start date is a 422.
         *
         *     Requires scope `core:write`.
         */
        post: operations["Employees_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show token info
         * @description The company of the calling key and, as an extension, the key’s name, scopes and rate limit.
         *
         *     Requires any valid API key.
         */
        get: operations["Security_getTokenInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/job-charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List job charges
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["JobCharges_list"];
        put?: never;
        /**
         * Create a job charge
         * @description Requires scope `core:write`.
         */
        post: operations["JobCharges_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/job-charges/{jobChargeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a job charge
         * @description Requires scope `core:read`.
         */
        get: operations["JobCharges_getById"];
        /**
         * Update a job charge
         * @description `name` is required; `description` not sent keeps its value.
         *
         *     Requires scope `core:write`.
         */
        put: operations["JobCharges_updateById"];
        post?: never;
        /**
         * Delete a job charge
         * @description A job charge that an employee holds (`jobChargeId`) is a 409.
         *
         *     Requires scope `core:write`.
         */
        delete: operations["JobCharges_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List offices
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Offices_getAll"];
        put?: never;
        /**
         * Create an office
         * @description `timezone` must be an IANA time zone (400 otherwise).
         *
         *     Requires scope `core:write`.
         */
        post: operations["Offices_createOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an office (extension)
         * @description Requires scope `core:read`.
         */
        get: operations["Offices_getById"];
        /**
         * Update an office
         * @description `name` is required; other fields sent replace their values, fields not sent keep theirs.
         *
         *     Requires scope `core:write`.
         */
        put: operations["Offices_updateById"];
        post?: never;
        /**
         * Delete an office
         * @description An office with employees is a 409 unless `reassignTo` names the office they move to (in the same transaction).
         *
         *     Requires scope `core:write`.
         */
        delete: operations["Offices_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List positions (extension)
         * @description The position tree of the HR data sync position file: each position with its parent and holder. Read-only: positions change only through position files. Sorted by `externalId asc` (compared as text: `P-10` comes before `P-9`) unless `orderBy` says otherwise. Sortable fields: `externalId`, `title`, `createdAt`, `updatedAt`; ties break on `id`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Positions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a position (extension)
         * @description Requires scope `core:read`.
         */
        get: operations["Positions_getById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Roles
         * @description Every company starts with the roles Admin, Manager and Employee; more can be created (extension). Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `core:read`.
         */
        get: operations["Roles_getAll"];
        put?: never;
        /**
         * Create a role (extension)
         * @description Names are unique per company, ignoring case (409).
         *
         *     Requires scope `core:write`.
         */
        post: operations["Roles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/roles/assignation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign Role
         * @description `entityAffectedId` is your company id (the role applies company-wide), a department id or an office id; anything else is a 404. Holding the same role on the same entity twice is a 409. Answers `data: ""` as Sesame does; the new assignation is in the employee’s list.
         *
         *     Requires scope `core:write`.
         */
        post: operations["EmployeeAssignationsRoles_assignRole"];
        /**
         * Unassign Role
         * @description The assignation id is sent in the JSON body, as Sesame does. An unknown id is a 404.
         *
         *     Requires scope `core:write`.
         */
        delete: operations["EmployeeAssignationsRoles_unassignRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/roles/assignation/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Assignations Roles by Employee
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `role.name`, `affectedEntityType`, `id`; ties break on `id`. An unknown employee is a 404.
         *
         *     Requires scope `core:read`.
         */
        get: operations["EmployeeAssignationsRoles_listByEmployee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/core/v3/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a role (extension)
         * @description Requires scope `core:read`.
         */
        get: operations["Roles_getById"];
        /**
         * Rename a role (extension)
         * @description Requires scope `core:write`.
         */
        put: operations["Roles_updateById"];
        post?: never;
        /**
         * Delete a role (extension)
         * @description A role that is still assigned is a 409: unassign it first.
         *
         *     Requires scope `core:write`.
         */
        delete: operations["Roles_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description The catalogue of events every module emits, with the JSON schema of each payload (the same in webhook bodies and the change feed). Also in /openapi.json under `webhooks`.
         *
         *     Requires any valid API key.
         */
        get: operations["EventTypes_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the change feed
         * @description Every change of the company as events, in commit order, for receivers that cannot take webhooks (behind a firewall). Items are the webhook payloads.
         *
         *     Page with `after=<meta.nextCursor>`: a client that reads until `hasMore` is false and comes back later with the last `nextCursor` misses nothing and sees nothing twice, whatever writes run concurrently.
         *
         *     Only events the key may read are listed (e.g. `core:read` for employees), with sensitive fields only under `personal:read` / `compensation:read`. Events are kept for EVENT_RETENTION_DAYS (30 by default); an older cursor is a 410: resynchronise, then start again without `after`.
         *
         *     Requires scope `event:read`.
         */
        get: operations["Events_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness probe: checks the database */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `lastUsedAt`, `id`; ties break on `id`. A key never used sorts as the least recently used.
         *
         *     Requires scope `security:read`.
         */
        get: operations["ApiKeys_list"];
        put?: never;
        /**
         * Create an API key
         * @description The answer contains the token, once. A key cannot grant scopes it does not hold itself, nor a rate limit above its own (403).
         *
         *     Requires scope `security:write`.
         */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Requires scope `security:read`.
         */
        get: operations["ApiKeys_getById"];
        /**
         * Update an API key
         * @description Changes name, scopes, rate limit or IP allow-list; fields not sent keep their value. A key cannot set a rate limit above its own (403).
         *
         *     Requires scope `security:write`.
         */
        put: operations["ApiKeys_updateById"];
        post?: never;
        /**
         * Revoke an API key
         * @description Takes effect on the next request made with it.
         *
         *     Requires scope `security:write`.
         */
        delete: operations["ApiKeys_revokeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit log entries
         * @description Every write through the API, the CLI or sync is recorded with its actor and before/after. Sorted by `createdAt desc` (newest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `action`, `resourceType`; ties break on `id`.
         *
         *     Requires scope `security:read`.
         */
        get: operations["AuditLogs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sandboxes of this company
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `name`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `security:read`.
         */
        get: operations["Sandboxes_list"];
        put?: never;
        /**
         * Create a sandbox
         * @description A test company linked to this one: a copy of its offices, departments, job charges, roles, custom fields, HR data sync settings and mappings, and with `copyEmployees` its employees. The answer holds the sandbox’s admin key (shown once); it works only on the sandbox, and the sandbox’s files never touch this company. 409 when called from a sandbox.
         *
         *     Requires scope `security:write`.
         */
        post: operations["Sandboxes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/sandboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sandbox
         * @description Requires scope `security:read`.
         */
        get: operations["Sandboxes_getById"];
        put?: never;
        post?: never;
        /**
         * Delete a sandbox
         * @description Deletes the sandbox company and all its data; its keys stop working at once.
         *
         *     Requires scope `security:write`.
         */
        delete: operations["Sandboxes_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/technical-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List technical users
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `email`, `createdAt`, `updatedAt`, `id`; ties break on `id`.
         *
         *     Requires scope `security:read`.
         */
        get: operations["TechnicalUsers_list"];
        put?: never;
        /**
         * Create a technical user
         * @description A named non-person account for an integration: it owns API keys (`technicalUserId` on the key) and receives the HR data sync mail after each file. Names are unique per company (409).
         *
         *     Requires scope `security:write`.
         */
        post: operations["TechnicalUsers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/security/v1/technical-users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a technical user
         * @description Requires scope `security:read`.
         */
        get: operations["TechnicalUsers_getById"];
        /**
         * Update a technical user
         * @description Fields not sent keep their value.
         *
         *     Requires scope `security:write`.
         */
        put: operations["TechnicalUsers_updateById"];
        post?: never;
        /**
         * Delete a technical user
         * @description Also revokes every API key the technical user owns (in the same transaction), so the integration stops working at once.
         *
         *     Requires scope `security:write`.
         */
        delete: operations["TechnicalUsers_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/employee-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an employee file
         * @description Uploads a employees file: the whole roster of active employees.
         *
         *     Body: `application/xml`, `text/csv`, `application/json` or `multipart/form-data` (one part named `file`), at most 50 MB. Answers 202 with the file record; processing happens in the background: poll GET /sync/v1/files/{id} for status and progress.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["SyncFiles_uploadEmployees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sync files
         * @description Files of the last 30 days. Sorted by `createdAt desc` (newest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`, `finishedAt`, `status`, `kind`; ties break on `id`. A file not finished yet sorts as the latest `finishedAt`.
         *
         *     Requires scope `sync:read`.
         */
        get: operations["SyncFiles_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sync file (status, progress, counts)
         * @description The ETag changes with status, progress and counts: poll with If-None-Match for a 304 while nothing moved.
         *
         *     Requires scope `sync:read`.
         */
        get: operations["SyncFiles_getById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a blocked file
         * @description A file that would remove more than the threshold is `blocked`; approving queues it again and applies it despite the threshold. 409 if it is not blocked, is a dry run, or a newer file of its kind was applied since.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["SyncFiles_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a waiting file
         * @description Only scheduled or queued files (409 once processing started). The file ends `cancelled`.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["SyncFiles_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the file changed (or would change)
         * @description One entry per employee or position created, updated (with before → after per sync field), reactivated, terminated or deleted. Recorded for applied files, dry runs and blocked files.
         *
         *     Requires scope `sync:read`.
         */
        get: operations["SyncFiles_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The error report
         * @description CSV (`row,employee_id,field,message`; cells starting with `=`, `+`, `-` or `@`, and such a character after a `;` in a cell, are prefixed with `'` and cells holding `;` quoted, so spreadsheets in any locale do not run them), or with `format=json` the same lines as a paged list.
         *
         *     Requires scope `sync:read`.
         */
        get: operations["SyncFiles_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/files/{id}/original": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The uploaded file, as received
         * @description Requires scope `sync:read`.
         */
        get: operations["SyncFiles_original"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List column mappings
         * @description Sorted by name unless `orderBy` says otherwise. Sortable fields: `name`, `kind`, `createdAt`, `updatedAt`; ties break on `id`.
         *
         *     Requires scope `sync:read`.
         */
        get: operations["SyncMappings_list"];
        put?: never;
        /**
         * Create a column mapping
         * @description Turns an ERP export (SAP, 1C, Dynamics, …) into Roster’s sync fields: column names, value maps, date formats, constants, delimiter and encoding. Use it with `?mappingId=` when uploading CSV or JSON. A mapping that could never read a file is a 400 listing every problem; a name another mapping of the company has (trimmed, case-insensitive) is a 409.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["SyncMappings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a column mapping
         * @description Requires scope `sync:read`.
         */
        get: operations["SyncMappings_getById"];
        /**
         * Update a column mapping
         * @description Fields sent replace their values (a map replaces the whole map); fields not sent keep theirs. The resulting mapping is validated as a whole. `kind` changes only while no file was read with the mapping (409 otherwise); a name another mapping has (trimmed, case-insensitive) is a 409.
         *
         *     Requires scope `sync:write`.
         */
        put: operations["SyncMappings_updateById"];
        post?: never;
        /**
         * Delete a column mapping
         * @description Files already uploaded with it keep its id; a queued file whose mapping is gone is rejected when processed.
         *
         *     Requires scope `sync:write`.
         */
        delete: operations["SyncMappings_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/position-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a position file
         * @description Uploads a positions file: the whole roster of positions.
         *
         *     Body: `application/xml`, `text/csv`, `application/json` or `multipart/form-data` (one part named `file`), at most 50 MB. Answers 202 with the file record; processing happens in the background: poll GET /sync/v1/files/{id} for status and progress.
         *
         *     Employee files waiting at the same time are processed first.
         *
         *     Requires scope `sync:write`.
         */
        post: operations["SyncFiles_uploadPositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/schemas/employees.xsd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * XSD of the employee file
         * @description No key needed.
         */
        get: operations["SyncSchemas_employees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/schemas/positions.xsd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * XSD of the position file
         * @description No key needed.
         */
        get: operations["SyncSchemas_positions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the HR data sync settings
         * @description Requires scope `sync:read`.
         */
        get: operations["SyncSettings_get"];
        /**
         * Update the HR data sync settings
         * @description Fields sent replace their values; fields not sent keep theirs. Enabling sync locks the fields the feed owns (see `ownedFields`) against manual changes.
         *
         *     Requires scope `sync:write`.
         */
        put: operations["SyncSettings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook deliveries
         * @description The delivery log: one delivery per subscription and event, with every attempt (time, status code, duration, first 1 KB of the answer). Sorted by `createdAt desc` (newest first) unless `orderBy` says otherwise. Sortable fields: `createdAt`, `updatedAt`; ties break on `id`.
         *
         *     Requires scope `webhook:read`.
         */
        get: operations["WebhookDeliveries_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook delivery
         * @description Requires scope `webhook:read`.
         */
        get: operations["WebhookDeliveries_getById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver again
         * @description Queues the delivery again, due now, with a fresh retry schedule; the `webhook-id` stays the event id. 409 when the subscription is disabled, the event is older than the retention, or the subscription no longer takes the event (its events or fields, or the scopes of its owner key, changed since).
         *
         *     Requires scope `webhook:write`.
         */
        post: operations["WebhookDeliveries_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Sorted by `createdAt asc` (oldest first) unless `orderBy` says otherwise. Sortable fields: `url`, `createdAt`, `updatedAt`; ties break on `id`. The secrets are never listed.
         *
         *     Requires scope `webhook:read`.
         */
        get: operations["WebhookSubscriptions_list"];
        put?: never;
        /**
         * Create a webhook subscription
         * @description Events whose type matches `events` (exact names, `employee.*`, `*`) are POSTed to `url`, signed per Standard Webhooks with the `secret` of the answer (shown once).
         *
         *     `fields` limits `*.updated` events to changes of those fields. The subscription receives the events and sensitive fields that the creating key may read.
         *
         *     A malformed or non-https URL, an unknown event type or field is a 400 (each listed in `errors`); a target that resolves to a loopback, private, link-local or metadata address is a 422 with the reason; subscribing explicitly to events the key may not read is a 403.
         *
         *     Requires scope `webhook:write`.
         */
        post: operations["WebhookSubscriptions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Requires scope `webhook:read`.
         */
        get: operations["WebhookSubscriptions_getById"];
        /**
         * Update a webhook subscription
         * @description Fields not sent keep their value; a PUT that changes nothing is not a write (no event, no audit entry, `updatedAt` stays). `enabled: true` re-enables a disabled subscription (pending deliveries resume; events since it stopped are delivered). A new `url` is checked like on create (400 / 422). A change of `url`, `events` or `fields` needs a key that may read what the subscription delivers, before and after the change: the read scope of each event type it delivers and the `personal:read` / `compensation:read` its owner key holds (403 naming the missing scope otherwise; the owner key always may).
         *
         *     Requires scope `webhook:write`.
         */
        put: operations["WebhookSubscriptions_updateById"];
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Also deletes its deliveries and their log.
         *
         *     Requires scope `webhook:write`.
         */
        delete: operations["WebhookSubscriptions_removeById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Answers the new secret (shown once). The secret it replaces keeps signing for 24 h, and so does each one replaced before within the last 24 h: every message carries one signature per secret meanwhile, so the receiver can switch without missing a message.
         *
         *     Whoever holds the secret can sign messages the receiver takes for genuine ones, so only a key that may read what the subscription delivers may rotate it, as for a change of its `url`: the read scope of each event type it delivers and the `personal:read` / `compensation:read` its owner key holds (403 naming the missing scope otherwise).
         *
         *     At most 5 rotations within 24 h: a further one is a 409 that says when the oldest previous secret stops signing and a rotation is possible again.
         *
         *     Requires scope `webhook:write`.
         */
        post: operations["WebhookSubscriptions_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook/v1/subscriptions/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message
         * @description POSTs a signed `webhook.test` message to the subscription’s URL now, whatever its filter and even when disabled, and answers what the receiver said (status, time, the first 1 KB). A target that now resolves to a refused address is a 422.
         *
         *     Requires scope `webhook:write`.
         */
        post: operations["WebhookSubscriptions_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "api_key.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * api_key.created
         * @description An API key was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_api_key_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api_key.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * api_key.revoked
         * @description An API key was revoked.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_api_key_revoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api_key.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * api_key.updated
         * @description An API key’s name, scopes, rate limit or IP allow-list changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_api_key_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "company.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.created
         * @description The company was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_company_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "company.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.updated
         * @description The company’s settings changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_company_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "custom_field.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * custom_field.created
         * @description A custom field was defined.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_custom_field_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "custom_field.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * custom_field.deleted
         * @description A custom field was deleted; employees that had a value emit employee.updated.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_custom_field_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "custom_field.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * custom_field.updated
         * @description A custom field definition changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_custom_field_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "department.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * department.created
         * @description A department was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_department_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "department.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * department.deleted
         * @description A department was deleted; `data` is its last state.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_department_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "department.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * department.updated
         * @description A department changed, or moved up the tree because its parent was deleted (`changes: ["parentId"]`).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_department_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_department_assignation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_department_assignation.created
         * @description An employee was assigned to a department (also when a deleted department’s employees are moved).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_department_assignation_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_department_assignation.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_department_assignation.deleted
         * @description An employee was removed from a department.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_department_assignation_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_manager.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_manager.created
         * @description A manager was assigned to an employee for a permission (`check` or `vacation`).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_manager_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_manager.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_manager.deleted
         * @description A manager assignment was removed (also when the manager or the employee is erased).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_manager_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_office_assignation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_office_assignation.created
         * @description An employee was assigned to an office (also when a deleted office’s employees are moved).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_office_assignation_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee_office_assignation.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee_office_assignation.deleted
         * @description An employee was removed from an office.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_office_assignation_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee.created
         * @description An employee was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee.deleted
         * @description An employee was erased: their personal data is gone; `data` keeps the identifiers.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee.reactivated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee.reactivated
         * @description An inactive employee became active again (reactivate, or a PUT setting status active).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_reactivated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee.terminated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee.terminated
         * @description An employee became inactive (terminate, or a PUT setting status inactive); comes with employee.updated in the latter case.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_terminated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "employee.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * employee.updated
         * @description An employee changed: a PUT, a new org-chart manager, a custom field value, or the removal of a custom field or of their manager. `changes` names the fields.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_employee_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "job_charge.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * job_charge.created
         * @description A job charge was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_job_charge_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "job_charge.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * job_charge.deleted
         * @description A job charge was deleted; `data` is its last state.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_job_charge_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "job_charge.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * job_charge.updated
         * @description A job charge changed; `changes` names the fields.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_job_charge_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "office.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * office.created
         * @description A office was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_office_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "office.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * office.deleted
         * @description A office was deleted; `data` is its last state.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_office_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "office.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * office.updated
         * @description A office changed; `changes` names the fields.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_office_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "position.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * position.created
         * @description A position file added a position.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_position_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "position.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * position.deleted
         * @description A position file removed a position; `data` is its last state.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_position_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "position.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * position.updated
         * @description A position file changed a position’s title, parent or holder, or its holder was deleted (erased), which leaves it vacant.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_position_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role_assignation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role_assignation.created
         * @description A role was given to an employee.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_role_assignation_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role_assignation.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role_assignation.deleted
         * @description A role was taken from an employee (also when the department or office it applied to is deleted).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_role_assignation_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role.created
         * @description A role was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_role_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role.deleted
         * @description A role was deleted, with its assignations.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_role_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "role.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * role.updated
         * @description A role was renamed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `core:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_role_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sandbox.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sandbox.created
         * @description A sandbox company was created from this (live) company.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sandbox_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sandbox.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sandbox.deleted
         * @description A sandbox company was deleted with everything in it.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sandbox_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.approved
         * @description A blocked file was approved and queued again.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_approved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.blocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.blocked
         * @description A file would remove more than the threshold and waits for POST /sync/v1/files/{id}/approve.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_blocked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.cancelled
         * @description A waiting file was cancelled.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.completed
         * @description A file was processed: status complete or complete_with_errors (dry runs too); `counts` says what changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.created
         * @description A file was uploaded (queued or scheduled).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.failed
         * @description A file was rejected (status error): nothing changed; `error` says why.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_file.skipped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_file.skipped
         * @description A file identical to the last applied one was skipped.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_file_skipped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_mapping.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_mapping.created
         * @description A column mapping was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_mapping_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_mapping.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_mapping.deleted
         * @description A column mapping was deleted; `data` is its last state.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_mapping_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_mapping.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_mapping.updated
         * @description A column mapping changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_mapping_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sync_settings.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sync_settings.updated
         * @description The HR data sync settings changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `sync:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_sync_settings_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "technical_user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * technical_user.created
         * @description A technical user was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_technical_user_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "technical_user.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * technical_user.deleted
         * @description A technical user was deleted; the keys it owned were revoked (api_key.revoked each).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_technical_user_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "technical_user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * technical_user.updated
         * @description A technical user changed.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `security:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_technical_user_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_subscription.created
         * @description A webhook subscription was created.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_subscription_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_subscription.deleted
         * @description A webhook subscription was deleted.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_subscription_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_subscription.disabled
         * @description The dispatcher disabled a subscription: its receiver answered 410, or a delivery failed the whole retry schedule.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_subscription_disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.secret_rotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_subscription.secret_rotated
         * @description A subscription got a new secret; each secret it replaced within the last 24 h signs too, for 24 h after its rotation (`previousSecretExpiresAt` is the latest of those ends).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_subscription_secret_rotated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_subscription.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_subscription.updated
         * @description A webhook subscription was changed, enabled or disabled by a user.
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_subscription_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description Sent by POST /webhook/v1/subscriptions/{id}/test only, to that subscription whatever its filter: never in the change feed or the delivery log, and not something to subscribe to (a filter naming it is refused).
         *
         *     Sent to subscriptions whose event filter matches (and whose owner key holds `webhook:read`), signed per Standard Webhooks (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`). Answer any 2xx; 410 disables the subscription.
         */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /**
             * @description Path on this server that documents the problem type.
             * @example /problems/validation
             */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            requestId: string;
            errors?: {
                /** @description RFC 6901 JSON pointer into the object the field belongs to: the body (`/email`; `""` for the whole body) or the query or path parameters (`/limit`, `/id`). */
                pointer: string;
                message: string;
                /**
                 * @description Where the field is; the body when absent.
                 * @enum {string}
                 */
                location?: "body" | "query" | "path" | "header";
                /** @description For query, path and header fields: the parameter name (`limit`, `status[in]`). */
                parameter?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** Employee */
        Employee: {
            /** Format: uuid */
            id: string;
            /** @example Lucas */
            firstName: string;
            /** @example García */
            lastName: string;
            /** Format: email */
            email: string | null;
            description: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @enum {string} */
            workStatus: "online" | "offline" | "paused" | "remote";
            imageProfileURL: string | null;
            /** @example 1 */
            code: number | null;
            /** @example 1000 */
            pin: number | null;
            /** @example +34 111 11 11 11 */
            phone: string | null;
            company: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: email */
                notificationEmail: string | null;
                /** @example es-ES */
                language: string;
                /**
                 * @description IANA time zone (extension).
                 * @example Europe/Madrid
                 */
                timezone: string;
                /**
                 * @description Region the company is served from (extension).
                 * @example eu1
                 */
                region: string;
                /**
                 * Format: date-time
                 * @example 2026-01-05T09:00:00+00:00
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-01-05T09:00:00+00:00
                 */
                updatedAt: string;
            };
            /** @enum {string|null} */
            gender: "female" | "male" | "no_response" | null;
            contractId: string | null;
            /** @description National id. Omitted unless the key holds the matching scope (see the scopes table). */
            nid?: string | null;
            /** @enum {string|null} */
            identityNumberType: "dni" | "nie" | "rut" | "other" | null;
            /** @description Social security number. Omitted unless the key holds the matching scope (see the scopes table). */
            ssn?: string | null;
            /** @description Cost per hour. Omitted unless the key holds the matching scope (see the scopes table). */
            pricePerHour?: number | null;
            /** @description Bank account (IBAN). Omitted unless the key holds the matching scope (see the scopes table). */
            accountNumber?: string | null;
            /**
             * Format: date
             * @description Date of birth. Omitted unless the key holds the matching scope (see the scopes table).
             * @example 2026-01-05
             */
            dateOfBirth?: string | null;
            customFields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                companyId: string;
                name: string;
                /** @example cf_preferred_os */
                slug: string;
                /** @example text */
                type: string;
                value: string | null;
            }[];
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00+00:00
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00+00:00
             */
            updatedAt: string;
            /** @example 2 */
            children: number | null;
            /** @example 25 */
            disability: number | null;
            /** @description Postal address. Omitted unless the key holds the matching scope (see the scopes table). */
            address?: string | null;
            postalCode: string | null;
            city: string | null;
            province: string | null;
            country: string | null;
            nationality: string | null;
            personalMail: string | null;
            maritalStatus: string | null;
            emergencyPhone: string | null;
            /** @description Salary range. Omitted unless the key holds the matching scope (see the scopes table). */
            salaryRange?: string | null;
            studyLevel: string | null;
            professionalCategoryCode: string | null;
            professionalCategoryDescription: string | null;
            /** @description Bank BIC. Omitted unless the key holds the matching scope (see the scopes table). */
            bic?: string | null;
            /** @description Extension: the key of this employee in the ERP/HRIS; unique per company. */
            externalId: string | null;
            /**
             * Format: date
             * @description Extension: first working day.
             * @example 2026-01-05
             */
            startDate: string | null;
            /**
             * Format: date
             * @description Extension: last working day, set by terminate.
             * @example 2026-01-05
             */
            terminationDate: string | null;
            /** @description Extension: reason given on termination. */
            terminationReason: string | null;
            /**
             * Format: uuid
             * @description Extension: the organisation-chart manager.
             */
            managerId: string | null;
            /**
             * Format: uuid
             * @description Extension: the job title.
             */
            jobChargeId: string | null;
            /**
             * Format: date-time
             * @description Extension: when the employee was deleted (personal data erased). Present only on deleted employees, which only `onlyReturn=deleted|all` lists.
             * @example 2026-01-05T09:00:00+00:00
             */
            deletedAt?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Workstars_uploadEmployees: {
        parameters: {
            query?: {
                /** @description Compute and record the diff (GET …/diff) without changing anything. `true`/`false` or `1`/`0`. */
                dryRun?: boolean | ("true" | "false" | "1" | "0");
                /** @description Column mapping for CSV / JSON files (see /sync/v1/mappings). */
                mappingId?: string;
                /**
                 * @description Process at this time (status scheduled until then) instead of as soon as possible.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                processAt?: string;
                /** @description Name to record for the file (multipart uploads send their own). */
                filename?: string;
            };
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": unknown;
                "text/csv": unknown;
                "application/json": unknown;
                "multipart/form-data": {
                    /** @description The file (its content type or extension gives the format). */
                    file?: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Workstars_employeesXsd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XML Schema (XSD 1.0) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Workstars_uploadPositions: {
        parameters: {
            query?: {
                /** @description Compute and record the diff (GET …/diff) without changing anything. `true`/`false` or `1`/`0`. */
                dryRun?: boolean | ("true" | "false" | "1" | "0");
                /** @description Column mapping for CSV / JSON files (see /sync/v1/mappings). */
                mappingId?: string;
                /**
                 * @description Process at this time (status scheduled until then) instead of as soon as possible.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                processAt?: string;
                /** @description Name to record for the file (multipart uploads send their own). */
                filename?: string;
            };
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": unknown;
                "text/csv": unknown;
                "application/json": unknown;
                "multipart/form-data": {
                    /** @description The file (its content type or extension gives the format). */
                    file?: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Workstars_positionsXsd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XML Schema (XSD 1.0) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Company_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * Format: email
                     * @description Where Roster writes to the company (webhook and sync notices); null: nowhere.
                     */
                    notificationEmail: string | null;
                    /**
                     * @description A BCP 47 language tag (`es-ES`, `en`, `ca-ES`); anything else is a 400.
                     * @example es-ES
                     */
                    language: string;
                    /** @description IANA time zone (extension). */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: email */
                            notificationEmail: string | null;
                            /** @example es-ES */
                            language: string;
                            /**
                             * @description IANA time zone (extension).
                             * @example Europe/Madrid
                             */
                            timezone: string;
                            /**
                             * @description Region the company is served from (extension).
                             * @example eu1
                             */
                            region: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CustomFields_list: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `name asc, slug desc`. Sortable fields: name, slug, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Preferred OS */
                            name: string;
                            /**
                             * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                             * @example cf_preferred_os
                             */
                            slug: string;
                            /**
                             * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                             * @enum {string}
                             */
                            type: "text" | "number" | "date" | "boolean";
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CustomFields_createField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (Sesame sends it); another company’s id is a 404.
                     */
                    companyId?: string;
                    /** @example Preferred OS */
                    name: string;
                    /**
                     * @description Derived from the name when omitted or null (`Preferred OS` → `cf_preferred_os`). A slug in use is a 409.
                     * @example cf_preferred_os
                     */
                    slug?: string | null;
                    /** @enum {string} */
                    type: "text" | "number" | "date" | "boolean";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Preferred OS */
                            name: string;
                            /**
                             * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                             * @example cf_preferred_os
                             */
                            slug: string;
                            /**
                             * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                             * @enum {string}
                             */
                            type: "text" | "number" | "date" | "boolean";
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CustomFields_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Preferred OS */
                            name: string;
                            /**
                             * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                             * @example cf_preferred_os
                             */
                            slug: string;
                            /**
                             * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                             * @enum {string}
                             */
                            type: "text" | "number" | "date" | "boolean";
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CustomFields_updateFieldById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Preferred OS */
                    name: string;
                    /**
                     * @description Omitted or null keeps the slug. A slug in use is a 409.
                     * @example cf_preferred_os
                     */
                    slug?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Preferred OS */
                            name: string;
                            /**
                             * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                             * @example cf_preferred_os
                             */
                            slug: string;
                            /**
                             * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                             * @enum {string}
                             */
                            type: "text" | "number" | "date" | "boolean";
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CustomFields_deleteField: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Departments_list: {
        parameters: {
            query?: {
                /** @description Find departments by name: the whole name, ignoring case and surrounding spaces (`sales` finds "Sales", not "Pre-Sales"); accents count. `name[contains]` finds part of a name. */
                name?: string;
                /** @description Extension: find departments whose name contains this text, ignoring case (accents count: `area` does not find "Área"). Combines with `name` (AND). */
                "name[contains]"?: string;
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                            /**
                             * Format: uuid
                             * @description Extension: the parent department (departments form a tree); null at the top.
                             */
                            parentId: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Departments_createNewDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (Sesame sends it); another company’s id is a 404.
                     */
                    companyId?: string;
                    /** @example Engineering */
                    name: string;
                    /**
                     * Format: uuid
                     * @description Extension: the parent department; null or omitted for a top-level one.
                     */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                            /**
                             * Format: uuid
                             * @description Extension: the parent department (departments form a tree); null at the top.
                             */
                            parentId: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Departments_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                            /**
                             * Format: uuid
                             * @description Extension: the parent department (departments form a tree); null at the top.
                             */
                            parentId: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Departments_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Engineering */
                    name: string;
                    /**
                     * Format: uuid
                     * @description Extension: the parent department; null makes it top-level; omitted keeps it. A cycle is a 422.
                     */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                            /**
                             * Format: uuid
                             * @description Extension: the parent department (departments form a tree); null at the top.
                             */
                            parentId: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Departments_removeById: {
        parameters: {
            query?: {
                /** @description Extension: move the employees of the deleted department to this department (otherwise a department with employees is a 409). */
                reassignTo?: string;
            };
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeDepartmentAssignations_list: {
        parameters: {
            query?: {
                /** @description Find Assignation by employeeId */
                employeeId?: string;
                /** @description Find Assignation by departmentId */
                departmentId?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, updatedAt desc`. Sortable fields: createdAt, updatedAt, employeeId, departmentId, id.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            employee: components["schemas"]["Employee"];
                            department: {
                                /** Format: uuid */
                                id: string;
                                /** @example Engineering */
                                name: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeDepartmentAssignations_assignDepartmentToEmployee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    employeeId: string;
                    /** Format: uuid */
                    departmentId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            employee: components["schemas"]["Employee"];
                            department: {
                                /** Format: uuid */
                                id: string;
                                /** @example Engineering */
                                name: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeDepartmentAssignations_unassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    employeeId: string;
                    /** Format: uuid */
                    departmentId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeManagers_list: {
        parameters: {
            query?: {
                /** @description Find employee managers by employeeId */
                employeeId?: string;
                /** @description Find employee managers by managerId */
                managerId?: string;
                /** @description Find employee managers by permission */
                permission?: "check" | "vacation";
                /**
                 * @description Comma-separated permissions, e.g. `check,vacation`
                 * @example check,vacation
                 */
                "permission[in]"?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, updatedAt desc`. Sortable fields: createdAt, updatedAt, permission, order, employeeId, managerId, id.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            manager: components["schemas"]["Employee"];
                            employee: components["schemas"]["Employee"];
                            /**
                             * @description `check`: validates clock-ins; `vacation`: approves time off.
                             * @enum {string}
                             */
                            permission: "check" | "vacation";
                            /**
                             * @description 0: first manager, 1: second (backup) manager for this permission.
                             * @enum {integer}
                             */
                            order: 0 | 1;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeManagers_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The employee who is managed.
                     */
                    employeeId: string;
                    /**
                     * Format: uuid
                     * @description The employee who manages.
                     */
                    managerId: string;
                    /** @enum {string} */
                    permission: "check" | "vacation";
                    /**
                     * @description 0: first manager, 1: second manager.
                     * @enum {integer}
                     */
                    order: 0 | 1;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            manager: components["schemas"]["Employee"];
                            employee: components["schemas"]["Employee"];
                            /**
                             * @description `check`: validates clock-ins; `vacation`: approves time off.
                             * @enum {string}
                             */
                            permission: "check" | "vacation";
                            /**
                             * @description 0: first manager, 1: second (backup) manager for this permission.
                             * @enum {integer}
                             */
                            order: 0 | 1;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeManagers_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            manager: components["schemas"]["Employee"];
                            employee: components["schemas"]["Employee"];
                            /**
                             * @description `check`: validates clock-ins; `vacation`: approves time off.
                             * @enum {string}
                             */
                            permission: "check" | "vacation";
                            /**
                             * @description 0: first manager, 1: second (backup) manager for this permission.
                             * @enum {integer}
                             */
                            order: 0 | 1;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeManagers_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeOfficeAssignations_listAssignations: {
        parameters: {
            query?: {
                /** @description Find Assignation by employeeId */
                employeeId?: string;
                /** @description Find Assignation by officeId */
                officeId?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, updatedAt desc`. Sortable fields: createdAt, updatedAt, employeeId, officeId, id.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            employee: components["schemas"]["Employee"];
                            office: {
                                /** Format: uuid */
                                id: string;
                                /** @example Madrid HQ */
                                name: string;
                                description: string | null;
                                /** @example Paseo de la Castellana 100, 28046 Madrid */
                                address: string | null;
                                coordinates: {
                                    /** @example 40.4465 */
                                    latitude: number | null;
                                    /** @example -3.6916 */
                                    longitude: number | null;
                                } | null;
                                /**
                                 * @description Radius in metres around the coordinates that counts as at the office.
                                 * @example 100
                                 */
                                radio: number | null;
                                /**
                                 * @description Extension: IANA time zone of the office.
                                 * @example Europe/Madrid
                                 */
                                timezone: string | null;
                                /**
                                 * Format: date-time
                                 * @description Extension.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description Extension.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                updatedAt: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeOfficeAssignations_assignEmployeeToOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    employeeId: string;
                    /** Format: uuid */
                    officeId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            employee: components["schemas"]["Employee"];
                            office: {
                                /** Format: uuid */
                                id: string;
                                /** @example Madrid HQ */
                                name: string;
                                description: string | null;
                                /** @example Paseo de la Castellana 100, 28046 Madrid */
                                address: string | null;
                                coordinates: {
                                    /** @example 40.4465 */
                                    latitude: number | null;
                                    /** @example -3.6916 */
                                    longitude: number | null;
                                } | null;
                                /**
                                 * @description Radius in metres around the coordinates that counts as at the office.
                                 * @example 100
                                 */
                                radio: number | null;
                                /**
                                 * @description Extension: IANA time zone of the office.
                                 * @example Europe/Madrid
                                 */
                                timezone: string | null;
                                /**
                                 * Format: date-time
                                 * @description Extension.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description Extension.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                updatedAt: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeOfficeAssignations_unassignEmployee: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    employeeId: string;
                    /** Format: uuid */
                    officeId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationChartManagers_getByEmployeeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                /** @description Employee id */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            employeeId: string;
                            /**
                             * Format: uuid
                             * @description The org-chart manager; null when the employee reports to nobody.
                             */
                            managerId: string | null;
                            manager: components["schemas"]["Employee"] | null;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationChartManagers_updateByEmployeeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description Employee id */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The new org-chart manager; null removes it. A manager who reports (directly or not) to the employee is a 422.
                     */
                    managerId: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            employeeId: string;
                            /**
                             * Format: uuid
                             * @description The org-chart manager; null when the employee reports to nobody.
                             */
                            managerId: string | null;
                            manager: components["schemas"]["Employee"] | null;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_list: {
        parameters: {
            query?: {
                /** @description Find employee by code (0 to 2147483647, as codes are) */
                code?: number;
                /** @description Find employee by national id (nid); needs personal:read (403 without it) */
                dni?: string;
                /** @description Find employee by email (case-insensitive) */
                email?: string;
                /** @description Extension: find employee by ERP/HRIS key */
                externalId?: string;
                /** @description Department ids, comma-separated (`a,b`) or repeated */
                departmentIds?: string[];
                /** @description Office ids, comma-separated (`a,b`) or repeated */
                officeIds?: string[];
                status?: "active" | "inactive";
                /** @description Comma-separated statuses, e.g. `active,inactive` */
                "status[in]"?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Which employees to list: `not_deleted` (default), `deleted` (erased employees, with `deletedAt`; combine with `updatedAt[gte]` to sync deletions) or `all`. */
                onlyReturn?: "not_deleted" | "deleted" | "all";
                /**
                 * @description Sort, e.g. `firstName asc, lastName desc`. Sortable fields: firstName, lastName, email, code, createdAt, updatedAt, startDate, status, id.
                 * @example firstName asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"][];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_createNewEmployee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (Sesame sends it); another company’s id is a 404.
                     */
                    companyId?: string;
                    firstName: string;
                    lastName: string;
                    /**
                     * @description Sesame’s invitation flag; stored, no email is sent.
                     * @default false
                     */
                    invitation?: boolean;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "inactive";
                    /**
                     * Format: uuid
                     * @description Also assign the employee to this department (null: none).
                     */
                    departmentId?: string | null;
                    /**
                     * Format: uuid
                     * @description Also assign the employee to this office (null: none).
                     */
                    officeId?: string | null;
                    description?: string | null;
                    /** @enum {string|null} */
                    gender?: "female" | "male" | "no_response" | null;
                    /** Format: email */
                    email?: string | null;
                    contractId?: string | null;
                    code?: number | null;
                    pin?: number | null;
                    nid?: string | null;
                    /** @enum {string|null} */
                    identityNumberType?: "dni" | "nie" | "rut" | "other" | null;
                    ssn?: string | null;
                    phone?: string | null;
                    /**
                     * Format: date
                     * @example 2026-01-05
                     */
                    dateOfBirth?: string | null;
                    /** @description Values to set; null or omitted: no change. */
                    customFields?: {
                        /**
                         * Format: uuid
                         * @description Custom field id.
                         */
                        id: string;
                        /** @example My custom value */
                        value: string | null;
                    }[] | null;
                    nationality?: string | null;
                    maritalStatus?: string | null;
                    address?: string | null;
                    postalCode?: string | null;
                    emergencyPhone?: string | null;
                    childrenCount?: number | null;
                    disability?: number | null;
                    /** Format: email */
                    personalEmail?: string | null;
                    city?: string | null;
                    province?: string | null;
                    country?: string | null;
                    salaryRange?: string | null;
                    studyLevel?: string | null;
                    professionalCategoryCode?: string | null;
                    professionalCategoryDescription?: string | null;
                    bic?: string | null;
                    accountNumber?: string | null;
                    pricePerHour?: number | null;
                    /** @description An http(s) URL of the picture (a stored value sent back as read passes). */
                    imageProfileURL?: string | null;
                    /** @description Extension: ERP/HRIS key, unique per company. */
                    externalId?: string | null;
                    /**
                     * Format: date
                     * @description Extension: first working day.
                     * @example 2026-01-05
                     */
                    startDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Extension: organisation-chart manager.
                     */
                    managerId?: string | null;
                    /**
                     * Format: uuid
                     * @description Extension: job title.
                     */
                    jobChargeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstName: string;
                    lastName: string;
                    /** @enum {string} */
                    status: "active" | "inactive";
                    description?: string | null;
                    /** @enum {string|null} */
                    gender?: "female" | "male" | "no_response" | null;
                    /** Format: email */
                    email?: string | null;
                    contractId?: string | null;
                    code?: number | null;
                    pin?: number | null;
                    nid?: string | null;
                    /** @enum {string|null} */
                    identityNumberType?: "dni" | "nie" | "rut" | "other" | null;
                    ssn?: string | null;
                    phone?: string | null;
                    /**
                     * Format: date
                     * @example 2026-01-05
                     */
                    dateOfBirth?: string | null;
                    /** @description Values to set; null or omitted: no change. */
                    customFields?: {
                        /**
                         * Format: uuid
                         * @description Custom field id.
                         */
                        id: string;
                        /** @example My custom value */
                        value: string | null;
                    }[] | null;
                    nationality?: string | null;
                    maritalStatus?: string | null;
                    address?: string | null;
                    postalCode?: string | null;
                    emergencyPhone?: string | null;
                    childrenCount?: number | null;
                    disability?: number | null;
                    /** Format: email */
                    personalEmail?: string | null;
                    city?: string | null;
                    province?: string | null;
                    country?: string | null;
                    salaryRange?: string | null;
                    studyLevel?: string | null;
                    professionalCategoryCode?: string | null;
                    professionalCategoryDescription?: string | null;
                    bic?: string | null;
                    accountNumber?: string | null;
                    pricePerHour?: number | null;
                    /** @description An http(s) URL of the picture (a stored value sent back as read passes). */
                    imageProfileURL?: string | null;
                    /** @description Extension: ERP/HRIS key, unique per company. */
                    externalId?: string | null;
                    /**
                     * Format: date
                     * @description Extension: first working day.
                     * @example 2026-01-05
                     */
                    startDate?: string | null;
                    /**
                     * Format: uuid
                     * @description Extension: organisation-chart manager.
                     */
                    managerId?: string | null;
                    /**
                     * Format: uuid
                     * @description Extension: job title.
                     */
                    jobChargeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_reactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Employees_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last working day; today when omitted or null.
                     * @example 2026-01-05
                     */
                    date?: string | null;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Employee"];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Security_getTokenInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: email */
                                notificationEmail: string | null;
                                /** @example es-ES */
                                language: string;
                                /**
                                 * @description IANA time zone (extension).
                                 * @example Europe/Madrid
                                 */
                                timezone: string;
                                /**
                                 * @description Region the company is served from (extension).
                                 * @example eu1
                                 */
                                region: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                updatedAt: string;
                            };
                            /** @description The calling key (extension). */
                            apiKey: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                prefix: string;
                                scopes: string[];
                                rateLimitPerMinute: number;
                            };
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobCharges_list: {
        parameters: {
            query?: {
                /** @description Find job charges by name: the whole name, ignoring case and surrounding spaces (`sales` finds "Sales", not "Pre-Sales"); accents count. `name[contains]` finds part of a name. */
                name?: string;
                /** @description Extension: find job charges whose name contains this text, ignoring case (accents count: `area` does not find "Área"). Combines with `name` (AND). */
                "name[contains]"?: string;
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Backend developer */
                            name: string;
                            description: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobCharges_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (as on the other create bodies); another company’s id is a 404.
                     */
                    companyId?: string;
                    /** @example Backend developer */
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Backend developer */
                            name: string;
                            description: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobCharges_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                /** @description Job charge ID */
                jobChargeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Backend developer */
                            name: string;
                            description: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobCharges_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description Job charge ID */
                jobChargeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (as on the other create bodies); another company’s id is a 404.
                     */
                    companyId?: string;
                    /** @example Backend developer */
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @example Backend developer */
                            name: string;
                            description: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobCharges_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                /** @description Job charge ID */
                jobChargeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Offices_getAll: {
        parameters: {
            query?: {
                /** @description Find offices by name: the whole name, ignoring case and surrounding spaces (`sales` finds "Sales", not "Pre-Sales"); accents count. `name[contains]` finds part of a name. */
                name?: string;
                /** @description Extension: find offices whose name contains this text, ignoring case (accents count: `area` does not find "Área"). Combines with `name` (AND). */
                "name[contains]"?: string;
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Offices_createOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Your company (Sesame sends it); another company’s id is a 404.
                     */
                    companyId?: string;
                    description?: string | null;
                    /** @example Madrid HQ */
                    name: string;
                    address?: string | null;
                    /** @description Either coordinate may come alone. Sent, the object replaces both: a coordinate left out or null becomes null (a PUT with only `latitude` clears a stored longitude); `null` or `{}` clears both. */
                    coordinates?: {
                        /** @example 40.4465 */
                        latitude?: number | null;
                        /** @example -3.6916 */
                        longitude?: number | null;
                    } | null;
                    /** @description Radius in metres. */
                    radio?: number | null;
                    /** @description Extension: IANA time zone, e.g. Europe/Madrid. */
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Offices_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Offices_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @example Madrid HQ */
                    name: string;
                    address?: string | null;
                    /** @description Either coordinate may come alone. Sent, the object replaces both: a coordinate left out or null becomes null (a PUT with only `latitude` clears a stored longitude); `null` or `{}` clears both. */
                    coordinates?: {
                        /** @example 40.4465 */
                        latitude?: number | null;
                        /** @example -3.6916 */
                        longitude?: number | null;
                    } | null;
                    /** @description Radius in metres. */
                    radio?: number | null;
                    /** @description Extension: IANA time zone, e.g. Europe/Madrid. */
                    timezone?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Offices_removeById: {
        parameters: {
            query?: {
                /** @description Extension: move the employees of the deleted office to this office (otherwise an office with employees is a 409). */
                reassignTo?: string;
            };
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Positions_list: {
        parameters: {
            query?: {
                /** @description Children of this position. */
                parentId?: string;
                /** @description The position(s) this employee holds. */
                holderId?: string;
                /** @description position_id in the file. */
                externalId?: string;
                /** @description true: only the root position; false: every position but the root. `true`/`false` or `1`/`0`. */
                root?: boolean | ("true" | "false" | "1" | "0");
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `externalId asc, title desc`. Sortable fields: externalId, title, createdAt, updatedAt.
                 * @example externalId asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description position_id in the position file (unique per company).
                             * @example P-100
                             */
                            externalId: string;
                            /** @example Head of Sales */
                            title: string;
                            /**
                             * Format: uuid
                             * @description The parent position; null for the root.
                             */
                            parentId: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                /** @description position_id in the position file. */
                                externalId: string;
                                title: string;
                            } | null;
                            /** @description The employee holding the position (GET /core/v3/employees/{id} for the full record). */
                            holder: {
                                /** Format: uuid */
                                id: string;
                                externalId: string | null;
                                firstName: string;
                                lastName: string;
                                email: string | null;
                                /**
                                 * @description inactive: the holder was terminated since the last position file (the next one names a new holder).
                                 * @enum {string}
                                 */
                                status: "active" | "inactive";
                            } | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Positions_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description position_id in the position file (unique per company).
                             * @example P-100
                             */
                            externalId: string;
                            /** @example Head of Sales */
                            title: string;
                            /**
                             * Format: uuid
                             * @description The parent position; null for the root.
                             */
                            parentId: string | null;
                            parent: {
                                /** Format: uuid */
                                id: string;
                                /** @description position_id in the position file. */
                                externalId: string;
                                title: string;
                            } | null;
                            /** @description The employee holding the position (GET /core/v3/employees/{id} for the full record). */
                            holder: {
                                /** Format: uuid */
                                id: string;
                                externalId: string | null;
                                firstName: string;
                                lastName: string;
                                email: string | null;
                                /**
                                 * @description inactive: the holder was terminated since the last position file (the next one names a new holder).
                                 * @enum {string}
                                 */
                                status: "active" | "inactive";
                            } | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Roles_getAll: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Roles_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Manager */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeAssignationsRoles_assignRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The role to give.
                     */
                    roleId: string;
                    /**
                     * Format: uuid
                     * @description The employee who receives it.
                     */
                    employeeId: string;
                    /**
                     * Format: uuid
                     * @description The id of the entity to manage: your company id, a department id or an office id.
                     */
                    entityAffectedId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeAssignationsRoles_unassignRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The role assignation to remove (from the list of the employee’s assignations).
                     */
                    assignationId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployeeAssignationsRoles_listByEmployee: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `createdAt asc, role.name desc`. Sortable fields: createdAt, role.name, affectedEntityType, id.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Employee Id */
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            role: {
                                /** Format: uuid */
                                id: string;
                                /** @example Manager */
                                name: string;
                            };
                            /**
                             * @description What the role applies to: the whole company, one department or one office.
                             * @enum {string}
                             */
                            affectedEntityType: "company" | "department" | "office";
                            /**
                             * Format: uuid
                             * @description The company, department or office the role applies to.
                             */
                            affectedEntityId: string;
                            /**
                             * Format: uuid
                             * @description Extension: the employee who holds the role.
                             */
                            employeeId: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Roles_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Roles_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example Manager */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Roles_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventTypes_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @example employee.updated */
                            type: string;
                            /**
                             * @description The module that emits it.
                             * @example employees
                             */
                            module: string;
                            description: string;
                            /**
                             * @description Scope needed to receive it (feed: the caller; webhook: the subscription’s owner key).
                             * @example core:read
                             */
                            scope: string;
                            /** @description Written to the outbox: in the change feed and subscribable (false only for `webhook.test`). */
                            inFeed: boolean;
                            /** @description JSON schema of the whole payload (webhook body and feed item). */
                            payloadSchema: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Events_feed: {
        parameters: {
            query?: {
                /** @description `meta.nextCursor` of the previous page; omitted: from the oldest event kept. A cursor older than the retention (EVENT_RETENTION_DAYS) is a 410. */
                after?: string;
                /**
                 * @description Event types or wildcards (`employee.*`, `*`), comma-separated (`types=employee.*,department.created`) or repeated (`types=employee.*&types=department.created`, also `types[]=…`); omitted: every type the key may read.
                 * @example [
                 *       "employee.*",
                 *       "department.created"
                 *     ]
                 */
                types?: string[];
                /** @description Events per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description Event id; the same as the `webhook-id` of its webhook deliveries.
                             */
                            id: string;
                            /** @example employee.updated */
                            type: string;
                            /**
                             * Format: date-time
                             * @description When the change happened.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            timestamp: string;
                            /** Format: uuid */
                            companyId: string;
                            /** @description The object as the API’s GET returns it (sensitive fields only when the key may read them). Its schema per type: GET /event/v1/event-types. */
                            data: unknown;
                            /**
                             * @description Names of the fields that changed (updates).
                             * @example [
                             *       "email"
                             *     ]
                             */
                            changes?: string[];
                        }[];
                        meta: {
                            /**
                             * @description Pass as `after` to read on. Opaque. Also given when nothing new came, so keep the latest one you received.
                             * @example Au-VbAmk0DGq-2j0iQ0zdaD0ENh4GInDmjBx1jt-RvydrwprhbH-WyM
                             */
                            nextCursor: string;
                            /** @description More events are available right now: read again at once. */
                            hasMore: boolean;
                            /** @example 100 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: no longer kept (for the change feed, a cursor older than the retention). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        checks?: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        checks?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        checks?: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, lastUsedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                            prefix: string;
                            scopes: string[];
                            /** @description Own per-minute budget; null shares the company’s. */
                            rateLimitPerMinute: number | null;
                            /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                            ipAllowList: string[];
                            /**
                             * Format: uuid
                             * @description The technical user (non-person account) that owns this key; null for none.
                             */
                            technicalUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("core:read" | "core:write" | "schedule:read" | "schedule:write" | "contract:read" | "contract:write" | "project:read" | "project:write" | "document:read" | "document:write" | "recruitment:read" | "recruitment:write" | "training:read" | "training:write" | "expense:read" | "expense:write" | "poll:read" | "poll:write" | "request:read" | "request:write" | "asset:read" | "asset:write" | "statistics:read" | "statistics:write" | "sync:read" | "sync:write" | "webhook:read" | "webhook:write" | "event:read" | "event:write" | "security:read" | "security:write" | "personal:read" | "personal:write" | "compensation:read" | "compensation:write")[];
                    rateLimitPerMinute?: number | null;
                    ipAllowList?: string[];
                    /**
                     * Format: uuid
                     * @description Technical user that owns the key (see /security/v1/technical-users); 404 if unknown.
                     */
                    technicalUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                            prefix: string;
                            scopes: string[];
                            /** @description Own per-minute budget; null shares the company’s. */
                            rateLimitPerMinute: number | null;
                            /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                            ipAllowList: string[];
                            /**
                             * Format: uuid
                             * @description The technical user (non-person account) that owns this key; null for none.
                             */
                            technicalUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /** @description The secret token. Shown only in this answer: store it now. */
                            token: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeys_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                            prefix: string;
                            scopes: string[];
                            /** @description Own per-minute budget; null shares the company’s. */
                            rateLimitPerMinute: number | null;
                            /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                            ipAllowList: string[];
                            /**
                             * Format: uuid
                             * @description The technical user (non-person account) that owns this key; null for none.
                             */
                            technicalUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeys_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    scopes?: ("core:read" | "core:write" | "schedule:read" | "schedule:write" | "contract:read" | "contract:write" | "project:read" | "project:write" | "document:read" | "document:write" | "recruitment:read" | "recruitment:write" | "training:read" | "training:write" | "expense:read" | "expense:write" | "poll:read" | "poll:write" | "request:read" | "request:write" | "asset:read" | "asset:write" | "statistics:read" | "statistics:write" | "sync:read" | "sync:write" | "webhook:read" | "webhook:write" | "event:read" | "event:write" | "security:read" | "security:write" | "personal:read" | "personal:write" | "compensation:read" | "compensation:write")[];
                    rateLimitPerMinute?: number | null;
                    ipAllowList?: string[];
                    /**
                     * Format: uuid
                     * @description Technical user that owns the key (see /security/v1/technical-users); 404 if unknown.
                     */
                    technicalUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                            prefix: string;
                            scopes: string[];
                            /** @description Own per-minute budget; null shares the company’s. */
                            rateLimitPerMinute: number | null;
                            /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                            ipAllowList: string[];
                            /**
                             * Format: uuid
                             * @description The technical user (non-person account) that owns this key; null for none.
                             */
                            technicalUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeys_revokeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditLogs_list: {
        parameters: {
            query?: {
                /** @description e.g. employee, department */
                resourceType?: string;
                /** @description The changed resource. */
                resourceId?: string;
                /**
                 * @description Actions, comma-separated (`action=employee.created,employee.updated`) or repeated (`action=a&action=b`, also `action[]=…`); any of them.
                 * @example [
                 *       "employee.updated"
                 *     ]
                 */
                action?: string[];
                /** @description Who acted: an API key id (or, for HR data sync, the sync file id). */
                actorId?: string;
                /**
                 * @description At or after this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[gte]"?: string;
                /**
                 * @description At or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, action desc`. Sortable fields: createdAt, action, resourceType.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            actor: {
                                /** @description api_key, user, sync or system */
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            /** @example employee.updated */
                            action: string;
                            /** @example employee */
                            resourceType: string;
                            resourceId: string | null;
                            /** @description State before the change; sensitive values redacted (and left out for a key without their scope); null for a key without the scope that reads the resource, and when nothing the key may see changed. */
                            before: unknown;
                            /** @description State after the change; sensitive values redacted (and left out for a key without their scope); null for a key without the scope that reads the resource, and when nothing the key may see changed. */
                            after: unknown;
                            requestId: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sandboxes_list: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `name asc, createdAt desc`. Sortable fields: name, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description The sandbox company.
                             */
                            id: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description The live company it was copied from.
                             */
                            liveCompanyId: string;
                            /** @description Employees copied when it was created (0 without copyEmployees). */
                            employeesCopied: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sandboxes_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Defaults to "<live company> (sandbox)". */
                    name?: string;
                    /**
                     * @description Also copy the employees (with departments, offices, managers and custom field values).
                     * @default false
                     */
                    copyEmployees?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description The sandbox company.
                             */
                            id: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description The live company it was copied from.
                             */
                            liveCompanyId: string;
                            /** @description Employees copied when it was created (0 without copyEmployees). */
                            employeesCopied: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            adminKey: {
                                /** Format: uuid */
                                id: string;
                                prefix: string;
                                /** @description Admin key of the sandbox (every scope; works only there). Shown only in this answer. */
                                token: string;
                            };
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sandboxes_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description The sandbox company.
                             */
                            id: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description The live company it was copied from.
                             */
                            liveCompanyId: string;
                            /** @description Employees copied when it was created (0 without copyEmployees). */
                            employeesCopied: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Sandboxes_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechnicalUsers_list: {
        parameters: {
            query?: {
                /**
                 * @description Sort, e.g. `name asc, email desc`. Sortable fields: name, email, createdAt, updatedAt, id.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example SAP HR export */
                            name: string;
                            /**
                             * Format: email
                             * @description Receives the HR data sync mail (status, counts, link to the error report).
                             */
                            email: string;
                            description: string | null;
                            /** @description Number of active (not revoked) API keys this technical user owns. */
                            activeApiKeys: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechnicalUsers_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique per company. */
                    name: string;
                    /** Format: email */
                    email: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example SAP HR export */
                            name: string;
                            /**
                             * Format: email
                             * @description Receives the HR data sync mail (status, counts, link to the error report).
                             */
                            email: string;
                            description: string | null;
                            /** @description Number of active (not revoked) API keys this technical user owns. */
                            activeApiKeys: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechnicalUsers_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example SAP HR export */
                            name: string;
                            /**
                             * Format: email
                             * @description Receives the HR data sync mail (status, counts, link to the error report).
                             */
                            email: string;
                            description: string | null;
                            /** @description Number of active (not revoked) API keys this technical user owns. */
                            activeApiKeys: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechnicalUsers_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example SAP HR export */
                            name: string;
                            /**
                             * Format: email
                             * @description Receives the HR data sync mail (status, counts, link to the error report).
                             */
                            email: string;
                            description: string | null;
                            /** @description Number of active (not revoked) API keys this technical user owns. */
                            activeApiKeys: number;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechnicalUsers_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_uploadEmployees: {
        parameters: {
            query?: {
                /** @description Compute and record the diff (GET …/diff) without changing anything. `true`/`false` or `1`/`0`. */
                dryRun?: boolean | ("true" | "false" | "1" | "0");
                /** @description Column mapping for CSV / JSON files (see /sync/v1/mappings). */
                mappingId?: string;
                /**
                 * @description Process at this time (status scheduled until then) instead of as soon as possible.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                processAt?: string;
                /** @description Name to record for the file (multipart uploads send their own). */
                filename?: string;
            };
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": unknown;
                "text/csv": unknown;
                "application/json": unknown;
                "multipart/form-data": {
                    /** @description The file (its content type or extension gives the format). */
                    file?: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_list: {
        parameters: {
            query?: {
                kind?: "employees" | "positions";
                status?: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                /** @description Comma-separated statuses. */
                "status[in]"?: string;
                /** @description Only dry runs (true) or only files uploaded to be applied (false). `true`/`false` or `1`/`0`. */
                dryRun?: boolean | ("true" | "false" | "1" | "0");
                /**
                 * @description Uploaded at or after (files are kept 30 days).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[gte]"?: string;
                /**
                 * @description Uploaded at or before.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[lte]"?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, updatedAt desc`. Sortable fields: createdAt, updatedAt, finishedAt, status, kind.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_diff: {
        parameters: {
            query?: {
                action?: "created" | "updated" | "reactivated" | "terminated" | "deleted";
                resourceType?: "employee" | "position";
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            seq: number;
                            /** @enum {string} */
                            action: "created" | "updated" | "reactivated" | "terminated" | "deleted";
                            /** @enum {string} */
                            resourceType: "employee" | "position";
                            /**
                             * Format: uuid
                             * @description The employee or position (for dry runs, the id it would get).
                             */
                            resourceId: string | null;
                            /** @description employee_id / position_id. */
                            externalId: string | null;
                            name: string | null;
                            /** @description Row of the file (null for employees absent from it). */
                            row: number | null;
                            changes: {
                                /** @description Sync field. */
                                field: string;
                                before: string | null;
                                after: string | null;
                            }[];
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_errors: {
        parameters: {
            query?: {
                /** @description csv (the error report) or json (paged). */
                format?: "csv" | "json";
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The error report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        data?: {
                            /** @description CSV: line number (header = 1); XML: line of the record; JSON: index in the array (1-based). */
                            row: number | null;
                            /** @description employee_id (or position_id) of the row. */
                            employeeId: string | null;
                            /** @description Sync field at fault, when one is. */
                            field: string | null;
                            message: string;
                        }[];
                        meta?: Record<string, never>;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_original: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes as uploaded, with their original content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncMappings_list: {
        parameters: {
            query?: {
                kind?: "employees" | "positions";
                /**
                 * @description Sort, e.g. `name asc, kind desc`. Sortable fields: name, kind, createdAt, updatedAt.
                 * @example name asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                             * @example {
                             *       "PERNR": "externalId",
                             *       "VORNA": "firstName",
                             *       "NACHN": "lastName"
                             *     }
                             */
                            columns: {
                                [key: string]: string;
                            };
                            /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                            valueMaps: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
                            /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                            dateFormat: string;
                            /** @description Sync field → date format, overriding `dateFormat` for that field. */
                            dateFormats: {
                                [key: string]: string;
                            };
                            /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                            constants: {
                                [key: string]: string;
                            };
                            /**
                             * @description CSV delimiter; null detects `,` `;` or tab from the header.
                             * @enum {string|null}
                             */
                            delimiter: "," | ";" | "\t" | "|" | null;
                            /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                            encoding: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncMappings_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique in the company, compared trimmed and case-insensitively (409 naming the existing mapping). */
                    name: string;
                    /**
                     * @default employees
                     * @enum {string}
                     */
                    kind?: "employees" | "positions";
                    /**
                     * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                     * @example {
                     *       "PERNR": "externalId",
                     *       "VORNA": "firstName",
                     *       "NACHN": "lastName"
                     *     }
                     */
                    columns?: {
                        [key: string]: string;
                    };
                    /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                    valueMaps?: {
                        [key: string]: {
                            [key: string]: string;
                        };
                    };
                    /** @description Default `YYYY-MM-DD` on create; kept when not sent on update. */
                    dateFormat?: string;
                    /** @description Sync field → date format, overriding `dateFormat` for that field. */
                    dateFormats?: {
                        [key: string]: string;
                    };
                    /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                    constants?: {
                        [key: string]: string;
                    };
                    /** @enum {string|null} */
                    delimiter?: "," | ";" | "\t" | "|" | null;
                    encoding?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                             * @example {
                             *       "PERNR": "externalId",
                             *       "VORNA": "firstName",
                             *       "NACHN": "lastName"
                             *     }
                             */
                            columns: {
                                [key: string]: string;
                            };
                            /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                            valueMaps: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
                            /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                            dateFormat: string;
                            /** @description Sync field → date format, overriding `dateFormat` for that field. */
                            dateFormats: {
                                [key: string]: string;
                            };
                            /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                            constants: {
                                [key: string]: string;
                            };
                            /**
                             * @description CSV delimiter; null detects `,` `;` or tab from the header.
                             * @enum {string|null}
                             */
                            delimiter: "," | ";" | "\t" | "|" | null;
                            /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                            encoding: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncMappings_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                             * @example {
                             *       "PERNR": "externalId",
                             *       "VORNA": "firstName",
                             *       "NACHN": "lastName"
                             *     }
                             */
                            columns: {
                                [key: string]: string;
                            };
                            /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                            valueMaps: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
                            /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                            dateFormat: string;
                            /** @description Sync field → date format, overriding `dateFormat` for that field. */
                            dateFormats: {
                                [key: string]: string;
                            };
                            /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                            constants: {
                                [key: string]: string;
                            };
                            /**
                             * @description CSV delimiter; null detects `,` `;` or tab from the header.
                             * @enum {string|null}
                             */
                            delimiter: "," | ";" | "\t" | "|" | null;
                            /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                            encoding: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncMappings_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique in the company (trimmed, case-insensitive). */
                    name?: string;
                    /**
                     * @description Changes the kind only while no file was read with the mapping (409 otherwise: create a new mapping); the whole mapping is then validated for the new kind, so send its columns too.
                     * @enum {string}
                     */
                    kind?: "employees" | "positions";
                    /**
                     * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                     * @example {
                     *       "PERNR": "externalId",
                     *       "VORNA": "firstName",
                     *       "NACHN": "lastName"
                     *     }
                     */
                    columns?: {
                        [key: string]: string;
                    };
                    /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                    valueMaps?: {
                        [key: string]: {
                            [key: string]: string;
                        };
                    };
                    /** @description Default `YYYY-MM-DD` on create; kept when not sent on update. */
                    dateFormat?: string;
                    /** @description Sync field → date format, overriding `dateFormat` for that field. */
                    dateFormats?: {
                        [key: string]: string;
                    };
                    /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                    constants?: {
                        [key: string]: string;
                    };
                    /** @enum {string|null} */
                    delimiter?: "," | ";" | "\t" | "|" | null;
                    encoding?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                             * @example {
                             *       "PERNR": "externalId",
                             *       "VORNA": "firstName",
                             *       "NACHN": "lastName"
                             *     }
                             */
                            columns: {
                                [key: string]: string;
                            };
                            /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                            valueMaps: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
                            /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                            dateFormat: string;
                            /** @description Sync field → date format, overriding `dateFormat` for that field. */
                            dateFormats: {
                                [key: string]: string;
                            };
                            /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                            constants: {
                                [key: string]: string;
                            };
                            /**
                             * @description CSV delimiter; null detects `,` `;` or tab from the header.
                             * @enum {string|null}
                             */
                            delimiter: "," | ";" | "\t" | "|" | null;
                            /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                            encoding: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncMappings_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncFiles_uploadPositions: {
        parameters: {
            query?: {
                /** @description Compute and record the diff (GET …/diff) without changing anything. `true`/`false` or `1`/`0`. */
                dryRun?: boolean | ("true" | "false" | "1" | "0");
                /** @description Column mapping for CSV / JSON files (see /sync/v1/mappings). */
                mappingId?: string;
                /**
                 * @description Process at this time (status scheduled until then) instead of as soon as possible.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                processAt?: string;
                /** @description Name to record for the file (multipart uploads send their own). */
                filename?: string;
            };
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": unknown;
                "text/csv": unknown;
                "application/json": unknown;
                "multipart/form-data": {
                    /** @description The file (its content type or extension gives the format). */
                    file?: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "employees" | "positions";
                            /**
                             * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                             * @enum {string}
                             */
                            status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                            /** @description Percent done while processing; 100 when finished. */
                            progress: number;
                            /** @description Computed the diff without changing anything. */
                            dryRun: boolean;
                            /** @enum {string} */
                            format: "xml" | "csv" | "json";
                            contentType: string;
                            filename: string | null;
                            /** @description Bytes. */
                            size: number;
                            /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                            sha256: string;
                            /** Format: uuid */
                            mappingId: string | null;
                            /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                            counts: {
                                created: number;
                                /** @description Including reactivated employees. */
                                updated: number;
                                terminated: number;
                                deleted: number;
                                unchanged: number;
                                /** @description Rows skipped because of a row-level problem (see the error report). */
                                rejected: number;
                            };
                            /** @description Why the file was rejected (error), skipped or blocked. */
                            error: string | null;
                            /** @description Lines in the error report (GET …/errors). */
                            errorCount: number;
                            /** @description Sync fields the file carries (once read). */
                            fields: string[] | null;
                            /**
                             * Format: date-time
                             * @description When a scheduled file becomes queued.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            processAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            approvedAt: string | null;
                            /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                            attempts: number;
                            uploadedBy: {
                                type: string;
                                id: string | null;
                                name: string | null;
                            };
                            links: {
                                self: string;
                                /** @description CSV error report. */
                                errors: string;
                                original: string;
                                diff: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            startedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            finishedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncSchemas_employees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XML Schema (XSD 1.0) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncSchemas_positions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XML Schema (XSD 1.0) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncSettings_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description While true, employee fields the feed owns are locked against manual changes (409), employees cannot be created or deleted through the API, and files are applied. Files can be dry-run while false. */
                            enabled: boolean;
                            /**
                             * @description What happens to an active employee absent from the file (or inactive in it): terminated (default) or deleted (erased).
                             * @enum {string}
                             */
                            leaverAction: "terminate" | "delete";
                            /** @description A file that would remove more than this share of the active employees (or of the positions) is blocked until approved. */
                            removalThresholdPercent: number;
                            /** @description Sync fields the feed sets on creation only and never overwrites; they stay editable by hand while sync is enabled. */
                            manualFields: ("firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender")[];
                            /** @description Recipients of the mail sent after each file (technical users receive it too). Left out of the PUT answer to a key without sync:read (a key that may not read the settings). */
                            notificationEmails?: string[];
                            /**
                             * @description `externalId`: rows match employees by employee_id only. `email`: a row whose employee_id matches nobody matches an employee without externalId by email (which then gets the employee_id).
                             * @enum {string}
                             */
                            matchBy: "externalId" | "email";
                            /** @description Read-only: the sync fields the feed currently owns (those the last applied employee file carried, or the mandatory ones before any file, plus `manager` once a position file was applied), less the manual ones. */
                            ownedFields: ("externalId" | "firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender" | "endDate" | "status" | "middleName" | "preferredName")[];
                            /**
                             * Format: date-time
                             * @description Null until the settings are first saved.
                             */
                            updatedAt: string | null;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SyncSettings_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                    /** @enum {string} */
                    leaverAction?: "terminate" | "delete";
                    removalThresholdPercent?: number;
                    manualFields?: ("firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender")[];
                    notificationEmails?: string[];
                    /** @enum {string} */
                    matchBy?: "externalId" | "email";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description While true, employee fields the feed owns are locked against manual changes (409), employees cannot be created or deleted through the API, and files are applied. Files can be dry-run while false. */
                            enabled: boolean;
                            /**
                             * @description What happens to an active employee absent from the file (or inactive in it): terminated (default) or deleted (erased).
                             * @enum {string}
                             */
                            leaverAction: "terminate" | "delete";
                            /** @description A file that would remove more than this share of the active employees (or of the positions) is blocked until approved. */
                            removalThresholdPercent: number;
                            /** @description Sync fields the feed sets on creation only and never overwrites; they stay editable by hand while sync is enabled. */
                            manualFields: ("firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender")[];
                            /** @description Recipients of the mail sent after each file (technical users receive it too). Left out of the PUT answer to a key without sync:read (a key that may not read the settings). */
                            notificationEmails?: string[];
                            /**
                             * @description `externalId`: rows match employees by employee_id only. `email`: a row whose employee_id matches nobody matches an employee without externalId by email (which then gets the employee_id).
                             * @enum {string}
                             */
                            matchBy: "externalId" | "email";
                            /** @description Read-only: the sync fields the feed currently owns (those the last applied employee file carried, or the mandatory ones before any file, plus `manager` once a position file was applied), less the manual ones. */
                            ownedFields: ("externalId" | "firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender" | "endDate" | "status" | "middleName" | "preferredName")[];
                            /**
                             * Format: date-time
                             * @description Null until the settings are first saved.
                             */
                            updatedAt: string | null;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookDeliveries_list: {
        parameters: {
            query?: {
                /** @description Only deliveries of this subscription. */
                subscriptionId?: string;
                /**
                 * @description Only deliveries of this event type, or of every type of a wildcard (`employee.*`; `*` is every type). A name that is no event type of GET /event/v1/event-types is a 400.
                 * @example employee.updated
                 */
                eventType?: string;
                /** @description Only deliveries of this event. */
                eventId?: string;
                status?: "pending" | "succeeded" | "failed";
                /**
                 * @description Only deliveries created at or after this date or instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[gte]"?: string;
                /**
                 * @description Only deliveries created at or before this date or instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "createdAt[lte]"?: string;
                /**
                 * @description Sort, e.g. `createdAt asc, updatedAt desc`. Sortable fields: createdAt, updatedAt.
                 * @example createdAt asc
                 */
                orderBy?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            subscriptionId: string;
                            /**
                             * Format: uuid
                             * @description Also the `webhook-id` header, the same on every attempt.
                             */
                            eventId: string;
                            /** @example employee.updated */
                            eventType: string;
                            /**
                             * @description `pending` (queued or waiting for a retry), `succeeded` (a 2xx), `failed` (410, or the retry schedule is spent).
                             * @enum {string}
                             */
                            status: "pending" | "succeeded" | "failed";
                            attemptCount: number;
                            /**
                             * Format: date-time
                             * @description When the next attempt is due (pending only).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            nextAttemptAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /** @description Every attempt, oldest first. */
                            attempts: {
                                /**
                                 * Format: date-time
                                 * @description When the attempt started.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                at: string;
                                /**
                                 * @description HTTP status of the answer; null when none came.
                                 * @example 200
                                 */
                                statusCode: number | null;
                                /** @example 37 */
                                durationMs: number;
                                /** @description First 1 KB of the answer’s body. */
                                response: string | null;
                                /** @description Extension: why the attempt failed without an answer (timeout, refused address, …). */
                                error: string | null;
                            }[];
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookDeliveries_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            subscriptionId: string;
                            /**
                             * Format: uuid
                             * @description Also the `webhook-id` header, the same on every attempt.
                             */
                            eventId: string;
                            /** @example employee.updated */
                            eventType: string;
                            /**
                             * @description `pending` (queued or waiting for a retry), `succeeded` (a 2xx), `failed` (410, or the retry schedule is spent).
                             * @enum {string}
                             */
                            status: "pending" | "succeeded" | "failed";
                            attemptCount: number;
                            /**
                             * Format: date-time
                             * @description When the next attempt is due (pending only).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            nextAttemptAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /** @description Every attempt, oldest first. */
                            attempts: {
                                /**
                                 * Format: date-time
                                 * @description When the attempt started.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                at: string;
                                /**
                                 * @description HTTP status of the answer; null when none came.
                                 * @example 200
                                 */
                                statusCode: number | null;
                                /** @example 37 */
                                durationMs: number;
                                /** @description First 1 KB of the answer’s body. */
                                response: string | null;
                                /** @description Extension: why the attempt failed without an answer (timeout, refused address, …). */
                                error: string | null;
                            }[];
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookDeliveries_redeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            subscriptionId: string;
                            /**
                             * Format: uuid
                             * @description Also the `webhook-id` header, the same on every attempt.
                             */
                            eventId: string;
                            /** @example employee.updated */
                            eventType: string;
                            /**
                             * @description `pending` (queued or waiting for a retry), `succeeded` (a 2xx), `failed` (410, or the retry schedule is spent).
                             * @enum {string}
                             */
                            status: "pending" | "succeeded" | "failed";
                            attemptCount: number;
                            /**
                             * Format: date-time
                             * @description When the next attempt is due (pending only).
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            nextAttemptAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /** @description Every attempt, oldest first. */
                            attempts: {
                                /**
                                 * Format: date-time
                                 * @description When the attempt started.
                                 * @example 2026-01-05T09:00:00+00:00
                                 */
                                at: string;
                                /**
                                 * @description HTTP status of the answer; null when none came.
                                 * @example 200
                                 */
                                statusCode: number | null;
                                /** @example 37 */
                                durationMs: number;
                                /** @description First 1 KB of the answer’s body. */
                                response: string | null;
                                /** @description Extension: why the attempt failed without an answer (timeout, refused address, …). */
                                error: string | null;
                            }[];
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_list: {
        parameters: {
            query?: {
                /** @description Only enabled (true) or disabled (false) subscriptions. `true`/`false` or `1`/`0`. */
                enabled?: boolean | ("true" | "false" | "1" | "0");
                /**
                 * @description Sort, e.g. `url asc, createdAt desc`. Sortable fields: url, createdAt, updatedAt.
                 * @example url asc
                 */
                orderBy?: string;
                /**
                 * @description Only items changed at or after this instant (incremental sync).
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[gte]"?: string;
                /**
                 * @description Only items changed at or before this instant.
                 * @example 2026-01-05T09:00:00+01:00
                 */
                "updatedAt[lte]"?: string;
                /** @description Page number, 1-based. */
                page?: number;
                /** @description Items per page (max 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example https://erp.example.com/roster-webhooks */
                            url: string;
                            /** @example SAP employee sync */
                            description: string | null;
                            /**
                             * @example [
                             *       "employee.*",
                             *       "department.created"
                             *     ]
                             */
                            events: string[];
                            /**
                             * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                             * @example [
                             *       "email",
                             *       "status"
                             *     ]
                             */
                            fields: string[];
                            enabled: boolean;
                            /**
                             * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                             * @enum {string|null}
                             */
                            disabledReason: "manual" | "gone" | "failing" | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            disabledAt: string | null;
                            /**
                             * Format: uuid
                             * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                             */
                            ownerKeyId: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where events are POSTed. https (http only when the server sets WEBHOOK_ALLOW_HTTP); the host must resolve to public addresses (422 otherwise) unless the server sets WEBHOOK_ALLOW_PRIVATE_TARGETS.
                     * @example https://erp.example.com/roster-webhooks
                     */
                    url: string;
                    /** @example SAP employee sync */
                    description?: string | null;
                    events: string[];
                    fields?: string[];
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example https://erp.example.com/roster-webhooks */
                            url: string;
                            /** @example SAP employee sync */
                            description: string | null;
                            /**
                             * @example [
                             *       "employee.*",
                             *       "department.created"
                             *     ]
                             */
                            events: string[];
                            /**
                             * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                             * @example [
                             *       "email",
                             *       "status"
                             *     ]
                             */
                            fields: string[];
                            enabled: boolean;
                            /**
                             * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                             * @enum {string|null}
                             */
                            disabledReason: "manual" | "gone" | "failing" | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            disabledAt: string | null;
                            /**
                             * Format: uuid
                             * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                             */
                            ownerKeyId: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /**
                             * @description The signing secret (`whsec_…`). Shown only in this answer (create and rotate-secret): store it now.
                             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                             */
                            secret: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_getById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET; 304 if unchanged. */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example https://erp.example.com/roster-webhooks */
                            url: string;
                            /** @example SAP employee sync */
                            description: string | null;
                            /**
                             * @example [
                             *       "employee.*",
                             *       "department.created"
                             *     ]
                             */
                            events: string[];
                            /**
                             * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                             * @example [
                             *       "email",
                             *       "status"
                             *     ]
                             */
                            fields: string[];
                            enabled: boolean;
                            /**
                             * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                             * @enum {string|null}
                             */
                            disabledReason: "manual" | "gone" | "failing" | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            disabledAt: string | null;
                            /**
                             * Format: uuid
                             * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                             */
                            ownerKeyId: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_updateById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where events are POSTed. https (http only when the server sets WEBHOOK_ALLOW_HTTP); the host must resolve to public addresses (422 otherwise) unless the server sets WEBHOOK_ALLOW_PRIVATE_TARGETS.
                     * @example https://erp.example.com/roster-webhooks
                     */
                    url?: string;
                    /** @example SAP employee sync */
                    description?: string | null;
                    events?: string[];
                    fields?: string[];
                    /** @description `true` re-enables a disabled subscription: pending deliveries resume and the events since it stopped are delivered (within the retention). */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example https://erp.example.com/roster-webhooks */
                            url: string;
                            /** @example SAP employee sync */
                            description: string | null;
                            /**
                             * @example [
                             *       "employee.*",
                             *       "department.created"
                             *     ]
                             */
                            events: string[];
                            /**
                             * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                             * @example [
                             *       "email",
                             *       "status"
                             *     ]
                             */
                            fields: string[];
                            enabled: boolean;
                            /**
                             * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                             * @enum {string|null}
                             */
                            disabledReason: "manual" | "gone" | "failing" | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            disabledAt: string | null;
                            /**
                             * Format: uuid
                             * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                             */
                            ownerKeyId: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_removeById: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous GET or write of the resource, or `*` (only if it exists, for resources read from a list); 412 if it changed since. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always the empty string.
                         * @example
                         */
                        data: string;
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example https://erp.example.com/roster-webhooks */
                            url: string;
                            /** @example SAP employee sync */
                            description: string | null;
                            /**
                             * @example [
                             *       "employee.*",
                             *       "department.created"
                             *     ]
                             */
                            events: string[];
                            /**
                             * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                             * @example [
                             *       "email",
                             *       "status"
                             *     ]
                             */
                            fields: string[];
                            enabled: boolean;
                            /**
                             * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                             * @enum {string|null}
                             */
                            disabledReason: "manual" | "gone" | "failing" | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            disabledAt: string | null;
                            /**
                             * Format: uuid
                             * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                             */
                            ownerKeyId: string | null;
                            /**
                             * Format: date-time
                             * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            previousSecretExpiresAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                            /**
                             * @description The signing secret (`whsec_…`). Shown only in this answer (create and rotate-secret): store it now.
                             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                             */
                            secret: string;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookSubscriptions_test: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first answer is replayed for 24 h. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description The receiver answered 2xx. */
                            success: boolean;
                            /**
                             * Format: uuid
                             * @description The `webhook-id` of the test message.
                             */
                            eventId: string;
                            /**
                             * @description HTTP status of the answer; null when none came.
                             * @example 200
                             */
                            statusCode: number | null;
                            /**
                             * @description Time to the complete answer.
                             * @example 42
                             */
                            durationMs: number;
                            /** @description First 1 KB of the answer’s body. */
                            response: string | null;
                            /** @description Why no answer came (connection refused, timeout, refused address). */
                            error: string | null;
                        };
                        /** @description Pagination of the answer; single objects carry it too, as Sesame does. */
                        meta: {
                            /** @example 1 */
                            currentPage: number;
                            /** @example 1 */
                            lastPage: number;
                            /** @example 1 */
                            total: number;
                            /** @example 50 */
                            perPage: number;
                        };
                    };
                };
            };
            /** @description Invalid request: every failing field is listed in `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks the required scope or the caller IP is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or belongs to another company). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Business rule violated. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are exposed; quote the requestId). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (SQLite: an HR data sync file is being applied; nothing was changed) or not reachable. Retry after Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhook_api_key_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "api_key.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                        prefix: string;
                        scopes: string[];
                        /** @description Own per-minute budget; null shares the company’s. */
                        rateLimitPerMinute: number | null;
                        /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                        ipAllowList: string[];
                        /**
                         * Format: uuid
                         * @description The technical user (non-person account) that owns this key; null for none.
                         */
                        technicalUserId: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        /** Format: date-time */
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        revokedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_api_key_revoked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "api_key.revoked";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                        prefix: string;
                        scopes: string[];
                        /** @description Own per-minute budget; null shares the company’s. */
                        rateLimitPerMinute: number | null;
                        /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                        ipAllowList: string[];
                        /**
                         * Format: uuid
                         * @description The technical user (non-person account) that owns this key; null for none.
                         */
                        technicalUserId: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        /** Format: date-time */
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        revokedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_api_key_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "api_key.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description First characters of the token, to recognise it; the token itself is never shown again. */
                        prefix: string;
                        scopes: string[];
                        /** @description Own per-minute budget; null shares the company’s. */
                        rateLimitPerMinute: number | null;
                        /** @description Allowed caller IPs or CIDR ranges; empty allows any. */
                        ipAllowList: string[];
                        /**
                         * Format: uuid
                         * @description The technical user (non-person account) that owns this key; null for none.
                         */
                        technicalUserId: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        /** Format: date-time */
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        revokedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_company_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "company.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: email */
                        notificationEmail: string | null;
                        /** @example es-ES */
                        language: string;
                        /**
                         * @description IANA time zone (extension).
                         * @example Europe/Madrid
                         */
                        timezone: string;
                        /**
                         * @description Region the company is served from (extension).
                         * @example eu1
                         */
                        region: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_company_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "company.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: email */
                        notificationEmail: string | null;
                        /** @example es-ES */
                        language: string;
                        /**
                         * @description IANA time zone (extension).
                         * @example Europe/Madrid
                         */
                        timezone: string;
                        /**
                         * @description Region the company is served from (extension).
                         * @example eu1
                         */
                        region: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_custom_field_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "custom_field.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Preferred OS */
                        name: string;
                        /**
                         * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                         * @example cf_preferred_os
                         */
                        slug: string;
                        /**
                         * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                         * @enum {string}
                         */
                        type: "text" | "number" | "date" | "boolean";
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_custom_field_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "custom_field.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Preferred OS */
                        name: string;
                        /**
                         * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                         * @example cf_preferred_os
                         */
                        slug: string;
                        /**
                         * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                         * @enum {string}
                         */
                        type: "text" | "number" | "date" | "boolean";
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_custom_field_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "custom_field.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Preferred OS */
                        name: string;
                        /**
                         * @description Stable machine name, `cf_[a-z0-9_]+`, unique per company.
                         * @example cf_preferred_os
                         */
                        slug: string;
                        /**
                         * @description Value type: `text` (Sesame); `number`, `date` (YYYY-MM-DD) and `boolean` ("true"/"false") are extensions.
                         * @enum {string}
                         */
                        type: "text" | "number" | "date" | "boolean";
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_department_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "department.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Engineering */
                        name: string;
                        /**
                         * Format: uuid
                         * @description Extension: the parent department (departments form a tree); null at the top.
                         */
                        parentId: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_department_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "department.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Engineering */
                        name: string;
                        /**
                         * Format: uuid
                         * @description Extension: the parent department (departments form a tree); null at the top.
                         */
                        parentId: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_department_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "department.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Engineering */
                        name: string;
                        /**
                         * Format: uuid
                         * @description Extension: the parent department (departments form a tree); null at the top.
                         */
                        parentId: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_department_assignation_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_department_assignation.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        employee: components["schemas"]["Employee"];
                        department: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_department_assignation_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_department_assignation.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        employee: components["schemas"]["Employee"];
                        department: {
                            /** Format: uuid */
                            id: string;
                            /** @example Engineering */
                            name: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_manager_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_manager.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        manager: components["schemas"]["Employee"];
                        employee: components["schemas"]["Employee"];
                        /**
                         * @description `check`: validates clock-ins; `vacation`: approves time off.
                         * @enum {string}
                         */
                        permission: "check" | "vacation";
                        /**
                         * @description 0: first manager, 1: second (backup) manager for this permission.
                         * @enum {integer}
                         */
                        order: 0 | 1;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_manager_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_manager.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        manager: components["schemas"]["Employee"];
                        employee: components["schemas"]["Employee"];
                        /**
                         * @description `check`: validates clock-ins; `vacation`: approves time off.
                         * @enum {string}
                         */
                        permission: "check" | "vacation";
                        /**
                         * @description 0: first manager, 1: second (backup) manager for this permission.
                         * @enum {integer}
                         */
                        order: 0 | 1;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_office_assignation_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_office_assignation.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        employee: components["schemas"]["Employee"];
                        office: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_office_assignation_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee_office_assignation.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        employee: components["schemas"]["Employee"];
                        office: {
                            /** Format: uuid */
                            id: string;
                            /** @example Madrid HQ */
                            name: string;
                            description: string | null;
                            /** @example Paseo de la Castellana 100, 28046 Madrid */
                            address: string | null;
                            coordinates: {
                                /** @example 40.4465 */
                                latitude: number | null;
                                /** @example -3.6916 */
                                longitude: number | null;
                            } | null;
                            /**
                             * @description Radius in metres around the coordinates that counts as at the office.
                             * @example 100
                             */
                            radio: number | null;
                            /**
                             * @description Extension: IANA time zone of the office.
                             * @example Europe/Madrid
                             */
                            timezone: string | null;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Extension.
                             * @example 2026-01-05T09:00:00+00:00
                             */
                            updatedAt: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: components["schemas"]["Employee"];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        externalId: string | null;
                        code: number | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        deletedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_reactivated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee.reactivated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: components["schemas"]["Employee"];
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_terminated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee.terminated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: components["schemas"]["Employee"];
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_employee_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "employee.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: components["schemas"]["Employee"];
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_job_charge_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "job_charge.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Backend developer */
                        name: string;
                        description: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_job_charge_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "job_charge.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Backend developer */
                        name: string;
                        description: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_job_charge_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "job_charge.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        /** @example Backend developer */
                        name: string;
                        description: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_office_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "office.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Madrid HQ */
                        name: string;
                        description: string | null;
                        /** @example Paseo de la Castellana 100, 28046 Madrid */
                        address: string | null;
                        coordinates: {
                            /** @example 40.4465 */
                            latitude: number | null;
                            /** @example -3.6916 */
                            longitude: number | null;
                        } | null;
                        /**
                         * @description Radius in metres around the coordinates that counts as at the office.
                         * @example 100
                         */
                        radio: number | null;
                        /**
                         * @description Extension: IANA time zone of the office.
                         * @example Europe/Madrid
                         */
                        timezone: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_office_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "office.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Madrid HQ */
                        name: string;
                        description: string | null;
                        /** @example Paseo de la Castellana 100, 28046 Madrid */
                        address: string | null;
                        coordinates: {
                            /** @example 40.4465 */
                            latitude: number | null;
                            /** @example -3.6916 */
                            longitude: number | null;
                        } | null;
                        /**
                         * @description Radius in metres around the coordinates that counts as at the office.
                         * @example 100
                         */
                        radio: number | null;
                        /**
                         * @description Extension: IANA time zone of the office.
                         * @example Europe/Madrid
                         */
                        timezone: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_office_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "office.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Madrid HQ */
                        name: string;
                        description: string | null;
                        /** @example Paseo de la Castellana 100, 28046 Madrid */
                        address: string | null;
                        coordinates: {
                            /** @example 40.4465 */
                            latitude: number | null;
                            /** @example -3.6916 */
                            longitude: number | null;
                        } | null;
                        /**
                         * @description Radius in metres around the coordinates that counts as at the office.
                         * @example 100
                         */
                        radio: number | null;
                        /**
                         * @description Extension: IANA time zone of the office.
                         * @example Europe/Madrid
                         */
                        timezone: string | null;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_position_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "position.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description position_id in the position file (unique per company).
                         * @example P-100
                         */
                        externalId: string;
                        /** @example Head of Sales */
                        title: string;
                        /**
                         * Format: uuid
                         * @description The parent position; null for the root.
                         */
                        parentId: string | null;
                        parent: {
                            /** Format: uuid */
                            id: string;
                            /** @description position_id in the position file. */
                            externalId: string;
                            title: string;
                        } | null;
                        /** @description The employee holding the position (GET /core/v3/employees/{id} for the full record). */
                        holder: {
                            /** Format: uuid */
                            id: string;
                            externalId: string | null;
                            firstName: string;
                            lastName: string;
                            email: string | null;
                            /**
                             * @description inactive: the holder was terminated since the last position file (the next one names a new holder).
                             * @enum {string}
                             */
                            status: "active" | "inactive";
                        } | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_position_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "position.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description position_id in the position file (unique per company).
                         * @example P-100
                         */
                        externalId: string;
                        /** @example Head of Sales */
                        title: string;
                        /**
                         * Format: uuid
                         * @description The parent position; null for the root.
                         */
                        parentId: string | null;
                        parent: {
                            /** Format: uuid */
                            id: string;
                            /** @description position_id in the position file. */
                            externalId: string;
                            title: string;
                        } | null;
                        /** @description The employee holding the position (GET /core/v3/employees/{id} for the full record). */
                        holder: {
                            /** Format: uuid */
                            id: string;
                            externalId: string | null;
                            firstName: string;
                            lastName: string;
                            email: string | null;
                            /**
                             * @description inactive: the holder was terminated since the last position file (the next one names a new holder).
                             * @enum {string}
                             */
                            status: "active" | "inactive";
                        } | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_position_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "position.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description position_id in the position file (unique per company).
                         * @example P-100
                         */
                        externalId: string;
                        /** @example Head of Sales */
                        title: string;
                        /**
                         * Format: uuid
                         * @description The parent position; null for the root.
                         */
                        parentId: string | null;
                        parent: {
                            /** Format: uuid */
                            id: string;
                            /** @description position_id in the position file. */
                            externalId: string;
                            title: string;
                        } | null;
                        /** @description The employee holding the position (GET /core/v3/employees/{id} for the full record). */
                        holder: {
                            /** Format: uuid */
                            id: string;
                            externalId: string | null;
                            firstName: string;
                            lastName: string;
                            email: string | null;
                            /**
                             * @description inactive: the holder was terminated since the last position file (the next one names a new holder).
                             * @enum {string}
                             */
                            status: "active" | "inactive";
                        } | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_role_assignation_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "role_assignation.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        role: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                        };
                        /**
                         * @description What the role applies to: the whole company, one department or one office.
                         * @enum {string}
                         */
                        affectedEntityType: "company" | "department" | "office";
                        /**
                         * Format: uuid
                         * @description The company, department or office the role applies to.
                         */
                        affectedEntityId: string;
                        /**
                         * Format: uuid
                         * @description Extension: the employee who holds the role.
                         */
                        employeeId: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_role_assignation_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "role_assignation.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        role: {
                            /** Format: uuid */
                            id: string;
                            /** @example Manager */
                            name: string;
                        };
                        /**
                         * @description What the role applies to: the whole company, one department or one office.
                         * @enum {string}
                         */
                        affectedEntityType: "company" | "department" | "office";
                        /**
                         * Format: uuid
                         * @description The company, department or office the role applies to.
                         */
                        affectedEntityId: string;
                        /**
                         * Format: uuid
                         * @description Extension: the employee who holds the role.
                         */
                        employeeId: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_role_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "role.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Manager */
                        name: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_role_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "role.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Manager */
                        name: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_role_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "role.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example Manager */
                        name: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Extension.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sandbox_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sandbox.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /**
                         * Format: uuid
                         * @description The sandbox company.
                         */
                        id: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description The live company it was copied from.
                         */
                        liveCompanyId: string;
                        /** @description Employees copied when it was created (0 without copyEmployees). */
                        employeesCopied: number;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sandbox_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sandbox.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /**
                         * Format: uuid
                         * @description The sandbox company.
                         */
                        id: string;
                        name: string;
                        /**
                         * Format: uuid
                         * @description The live company it was copied from.
                         */
                        liveCompanyId: string;
                        /** @description Employees copied when it was created (0 without copyEmployees). */
                        employeesCopied: number;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Changes when the sandbox company is renamed or its settings change (PUT /core/v3/companies/{id} with a sandbox key).
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_approved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.approved";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_blocked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.blocked";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_cancelled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.cancelled";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_completed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.completed";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_failed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.failed";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_file_skipped: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_file.skipped";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description `scheduled` (waits for processAt) → `queued` → `processing` → `complete` | `complete_with_errors` (some rows rejected) | `error` (file rejected, nothing changed) | `skipped` (identical to the last applied file) | `blocked` (would remove more than the threshold; POST …/approve) ; `cancelled` (cancelled while waiting).
                         * @enum {string}
                         */
                        status: "scheduled" | "queued" | "processing" | "skipped" | "blocked" | "error" | "complete" | "complete_with_errors" | "cancelled";
                        /** @description Percent done while processing; 100 when finished. */
                        progress: number;
                        /** @description Computed the diff without changing anything. */
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "xml" | "csv" | "json";
                        contentType: string;
                        filename: string | null;
                        /** @description Bytes. */
                        size: number;
                        /** @description Hex SHA-256 of the uploaded bytes (identical files are skipped). */
                        sha256: string;
                        /** Format: uuid */
                        mappingId: string | null;
                        /** @description Employees (employee files) or positions (position files). For dry runs and blocked files: what would happen. */
                        counts: {
                            created: number;
                            /** @description Including reactivated employees. */
                            updated: number;
                            terminated: number;
                            deleted: number;
                            unchanged: number;
                            /** @description Rows skipped because of a row-level problem (see the error report). */
                            rejected: number;
                        };
                        /** @description Why the file was rejected (error), skipped or blocked. */
                        error: string | null;
                        /** @description Lines in the error report (GET …/errors). */
                        errorCount: number;
                        /** @description Sync fields the file carries (once read). */
                        fields: string[] | null;
                        /**
                         * Format: date-time
                         * @description When a scheduled file becomes queued.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        processAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        approvedAt: string | null;
                        /** @description Processing attempts (a crash mid-file re-runs it; after 3 it is marked error). */
                        attempts: number;
                        uploadedBy: {
                            type: string;
                            id: string | null;
                            name: string | null;
                        };
                        links: {
                            self: string;
                            /** @description CSV error report. */
                            errors: string;
                            original: string;
                            diff: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        startedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        finishedAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_mapping_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_mapping.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                         * @example {
                         *       "PERNR": "externalId",
                         *       "VORNA": "firstName",
                         *       "NACHN": "lastName"
                         *     }
                         */
                        columns: {
                            [key: string]: string;
                        };
                        /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                        valueMaps: {
                            [key: string]: {
                                [key: string]: string;
                            };
                        };
                        /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                        dateFormat: string;
                        /** @description Sync field → date format, overriding `dateFormat` for that field. */
                        dateFormats: {
                            [key: string]: string;
                        };
                        /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                        constants: {
                            [key: string]: string;
                        };
                        /**
                         * @description CSV delimiter; null detects `,` `;` or tab from the header.
                         * @enum {string|null}
                         */
                        delimiter: "," | ";" | "\t" | "|" | null;
                        /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                        encoding: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_mapping_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_mapping.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                         * @example {
                         *       "PERNR": "externalId",
                         *       "VORNA": "firstName",
                         *       "NACHN": "lastName"
                         *     }
                         */
                        columns: {
                            [key: string]: string;
                        };
                        /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                        valueMaps: {
                            [key: string]: {
                                [key: string]: string;
                            };
                        };
                        /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                        dateFormat: string;
                        /** @description Sync field → date format, overriding `dateFormat` for that field. */
                        dateFormats: {
                            [key: string]: string;
                        };
                        /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                        constants: {
                            [key: string]: string;
                        };
                        /**
                         * @description CSV delimiter; null detects `,` `;` or tab from the header.
                         * @enum {string|null}
                         */
                        delimiter: "," | ";" | "\t" | "|" | null;
                        /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                        encoding: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_mapping_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_mapping.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "employees" | "positions";
                        /**
                         * @description Source column (header or JSON key, compared trimmed and case-insensitively; not empty, and two names that differ only by case or spaces must give the same field) → sync field. Merged over the default column names (the XSD element names), so only the columns that differ need listing. Sync fields: employees — externalId, firstName, lastName, email, employeeType, department, startDate, country, jobTitle, manager, office, phone, dateOfBirth, gender, endDate, status, middleName, preferredName; positions — positionId, title, parentPositionId, holderExternalId.
                         * @example {
                         *       "PERNR": "externalId",
                         *       "VORNA": "firstName",
                         *       "NACHN": "lastName"
                         *     }
                         */
                        columns: {
                            [key: string]: string;
                        };
                        /** @description Sync field → { source value → Roster value }, e.g. `{"status": {"A": "active", "I": "inactive"}}`. Matched exactly, then case-insensitively. A target must be a value the field accepts: `status` active or inactive, `gender` female, male or no_response (or empty); a date field, a date in its format. */
                        valueMaps: {
                            [key: string]: {
                                [key: string]: string;
                            };
                        };
                        /** @description Tokens YYYY, MM, M, DD, D and literals: `YYYY-MM-DD` (default), `DD.MM.YYYY` (1C), `YYYYMMDD` (SAP), `MM/DD/YYYY`. */
                        dateFormat: string;
                        /** @description Sync field → date format, overriding `dateFormat` for that field. */
                        dateFormats: {
                            [key: string]: string;
                        };
                        /** @description Sync field → the value every row gets (for columns the export lacks, e.g. `{"country": "ES"}`). A field cannot have both a column and a constant; the key (`externalId`; `positionId`) and `parentPositionId` cannot be constants; the value (after the field’s value map) must be one the field accepts. */
                        constants: {
                            [key: string]: string;
                        };
                        /**
                         * @description CSV delimiter; null detects `,` `;` or tab from the header.
                         * @enum {string|null}
                         */
                        delimiter: "," | ";" | "\t" | "|" | null;
                        /** @description Text encoding of CSV files: utf-8 (default, BOM or not), windows-1251, windows-1252, iso-8859-1, utf-16le, … */
                        encoding: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_sync_settings_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "sync_settings.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** @description While true, employee fields the feed owns are locked against manual changes (409), employees cannot be created or deleted through the API, and files are applied. Files can be dry-run while false. */
                        enabled: boolean;
                        /**
                         * @description What happens to an active employee absent from the file (or inactive in it): terminated (default) or deleted (erased).
                         * @enum {string}
                         */
                        leaverAction: "terminate" | "delete";
                        /** @description A file that would remove more than this share of the active employees (or of the positions) is blocked until approved. */
                        removalThresholdPercent: number;
                        /** @description Sync fields the feed sets on creation only and never overwrites; they stay editable by hand while sync is enabled. */
                        manualFields: ("firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender")[];
                        /** @description Recipients of the mail sent after each file (technical users receive it too). Left out of the PUT answer to a key without sync:read (a key that may not read the settings). */
                        notificationEmails?: string[];
                        /**
                         * @description `externalId`: rows match employees by employee_id only. `email`: a row whose employee_id matches nobody matches an employee without externalId by email (which then gets the employee_id).
                         * @enum {string}
                         */
                        matchBy: "externalId" | "email";
                        /** @description Read-only: the sync fields the feed currently owns (those the last applied employee file carried, or the mandatory ones before any file, plus `manager` once a position file was applied), less the manual ones. */
                        ownedFields: ("externalId" | "firstName" | "lastName" | "email" | "employeeType" | "department" | "startDate" | "country" | "jobTitle" | "manager" | "office" | "phone" | "dateOfBirth" | "gender" | "endDate" | "status" | "middleName" | "preferredName")[];
                        /**
                         * Format: date-time
                         * @description Null until the settings are first saved.
                         */
                        updatedAt: string | null;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_technical_user_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "technical_user.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example SAP HR export */
                        name: string;
                        /**
                         * Format: email
                         * @description Receives the HR data sync mail (status, counts, link to the error report).
                         */
                        email: string;
                        description: string | null;
                        /** @description Number of active (not revoked) API keys this technical user owns. */
                        activeApiKeys: number;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_technical_user_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "technical_user.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example SAP HR export */
                        name: string;
                        /**
                         * Format: email
                         * @description Receives the HR data sync mail (status, counts, link to the error report).
                         */
                        email: string;
                        description: string | null;
                        /** @description Number of active (not revoked) API keys this technical user owns. */
                        activeApiKeys: number;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                        /** @description Keys revoked with the user. */
                        revokedApiKeyIds: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_technical_user_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "technical_user.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example SAP HR export */
                        name: string;
                        /**
                         * Format: email
                         * @description Receives the HR data sync mail (status, counts, link to the error report).
                         */
                        email: string;
                        description: string | null;
                        /** @description Number of active (not revoked) API keys this technical user owns. */
                        activeApiKeys: number;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_subscription_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook_subscription.created";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example https://erp.example.com/roster-webhooks */
                        url: string;
                        /** @example SAP employee sync */
                        description: string | null;
                        /**
                         * @example [
                         *       "employee.*",
                         *       "department.created"
                         *     ]
                         */
                        events: string[];
                        /**
                         * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                         * @example [
                         *       "email",
                         *       "status"
                         *     ]
                         */
                        fields: string[];
                        enabled: boolean;
                        /**
                         * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                         * @enum {string|null}
                         */
                        disabledReason: "manual" | "gone" | "failing" | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        disabledAt: string | null;
                        /**
                         * Format: uuid
                         * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                         */
                        ownerKeyId: string | null;
                        /**
                         * Format: date-time
                         * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        previousSecretExpiresAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_subscription_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook_subscription.deleted";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example https://erp.example.com/roster-webhooks */
                        url: string;
                        /** @example SAP employee sync */
                        description: string | null;
                        /**
                         * @example [
                         *       "employee.*",
                         *       "department.created"
                         *     ]
                         */
                        events: string[];
                        /**
                         * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                         * @example [
                         *       "email",
                         *       "status"
                         *     ]
                         */
                        fields: string[];
                        enabled: boolean;
                        /**
                         * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                         * @enum {string|null}
                         */
                        disabledReason: "manual" | "gone" | "failing" | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        disabledAt: string | null;
                        /**
                         * Format: uuid
                         * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                         */
                        ownerKeyId: string | null;
                        /**
                         * Format: date-time
                         * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        previousSecretExpiresAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_subscription_disabled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook_subscription.disabled";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example https://erp.example.com/roster-webhooks */
                        url: string;
                        /** @example SAP employee sync */
                        description: string | null;
                        /**
                         * @example [
                         *       "employee.*",
                         *       "department.created"
                         *     ]
                         */
                        events: string[];
                        /**
                         * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                         * @example [
                         *       "email",
                         *       "status"
                         *     ]
                         */
                        fields: string[];
                        enabled: boolean;
                        /**
                         * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                         * @enum {string|null}
                         */
                        disabledReason: "manual" | "gone" | "failing" | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        disabledAt: string | null;
                        /**
                         * Format: uuid
                         * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                         */
                        ownerKeyId: string | null;
                        /**
                         * Format: date-time
                         * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        previousSecretExpiresAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_subscription_secret_rotated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook_subscription.secret_rotated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example https://erp.example.com/roster-webhooks */
                        url: string;
                        /** @example SAP employee sync */
                        description: string | null;
                        /**
                         * @example [
                         *       "employee.*",
                         *       "department.created"
                         *     ]
                         */
                        events: string[];
                        /**
                         * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                         * @example [
                         *       "email",
                         *       "status"
                         *     ]
                         */
                        fields: string[];
                        enabled: boolean;
                        /**
                         * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                         * @enum {string|null}
                         */
                        disabledReason: "manual" | "gone" | "failing" | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        disabledAt: string | null;
                        /**
                         * Format: uuid
                         * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                         */
                        ownerKeyId: string | null;
                        /**
                         * Format: date-time
                         * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        previousSecretExpiresAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_subscription_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook_subscription.updated";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        id: string;
                        /** @example https://erp.example.com/roster-webhooks */
                        url: string;
                        /** @example SAP employee sync */
                        description: string | null;
                        /**
                         * @example [
                         *       "employee.*",
                         *       "department.created"
                         *     ]
                         */
                        events: string[];
                        /**
                         * @description `*.updated` events are delivered only when one of these fields changed (BambooHR’s monitorFields); empty: always.
                         * @example [
                         *       "email",
                         *       "status"
                         *     ]
                         */
                        fields: string[];
                        enabled: boolean;
                        /**
                         * @description Why it is disabled: `manual` (a PUT), `gone` (the receiver answered 410), `failing` (a delivery failed the whole retry schedule).
                         * @enum {string|null}
                         */
                        disabledReason: "manual" | "gone" | "failing" | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        disabledAt: string | null;
                        /**
                         * Format: uuid
                         * @description The API key that created the subscription: events it may not read are not delivered, nor sensitive fields it may not read.
                         */
                        ownerKeyId: string | null;
                        /**
                         * Format: date-time
                         * @description After a rotation: until when a previous secret still signs (one signature per secret is sent). Each replaced secret signs for 24 h after its rotation; after several rotations, this is the latest of those ends.
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        previousSecretExpiresAt: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-01-05T09:00:00+00:00
                         */
                        updatedAt: string;
                    };
                    /** @description Names of the fields of `data` that changed (when the change is an update of fields). */
                    changes?: string[];
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Event id; also the `webhook-id` header, stable across retries.
                     */
                    id: string;
                    /** @constant */
                    type: "webhook.test";
                    /**
                     * Format: date-time
                     * @description When the change happened.
                     */
                    timestamp: string;
                    /** Format: uuid */
                    companyId: string;
                    data: {
                        /** Format: uuid */
                        subscriptionId: string;
                        /** @example A test message from Roster: your endpoint receives and can verify webhooks. */
                        message: string;
                    };
                };
            };
        };
        responses: {
            /** @description Received. Anything else is retried on the schedule; 410 disables the subscription. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
