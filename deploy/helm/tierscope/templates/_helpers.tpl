{{- define "tierscope.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tierscope.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains (default .Chart.Name .Values.nameOverride) .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (default .Chart.Name .Values.nameOverride) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "tierscope.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tierscope.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tierscope.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "tierscope.labels" -}}
helm.sh/chart: {{ include "tierscope.chart" . }}
{{ include "tierscope.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "tierscope.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "tierscope.databaseSecret" -}}
{{- if .Values.database.existingSecret -}}
{{- .Values.database.existingSecret -}}
{{- else -}}
{{- printf "%s-database" (include "tierscope.fullname" .) -}}
{{- end -}}
{{- end -}}

{{- define "tierscope.collectorServiceAccount" -}}
{{- if .Values.collector.serviceAccount.create -}}
{{- default (printf "%s-collector" (include "tierscope.fullname" .)) .Values.collector.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.collector.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "tierscope.secretEnv" -}}
- secretRef:
    name: {{ include "tierscope.databaseSecret" . }}
{{- if .Values.oidc.existingSecret }}
- secretRef:
    name: {{ .Values.oidc.existingSecret }}
{{- end }}
{{- if .Values.smtp.existingSecret }}
- secretRef:
    name: {{ .Values.smtp.existingSecret }}
{{- end }}
{{- if .Values.metrics.existingSecret }}
- secretRef:
    name: {{ .Values.metrics.existingSecret }}
{{- end }}
{{- end -}}
