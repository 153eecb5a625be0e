// Package credentials is a test stub of github.com/aws/aws-sdk-go-v2/credentials.
package credentials

// StaticCredentialsProvider is a set of credentials which are set, and will never expire.
type StaticCredentialsProvider struct {
	Value struct {
		AccessKeyID     string
		SecretAccessKey string
		SessionToken    string
	}
}

// NewStaticCredentialsProvider returns a StaticCredentialsProvider initialized with the AWS
// credentials passed in.
func NewStaticCredentialsProvider(key, secret, session string) StaticCredentialsProvider {
	return StaticCredentialsProvider{}
}
